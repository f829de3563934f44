package org.recoverykit.testkit;

import java.util.List;
import org.recoverykit.model.LifeDomain;
import org.recoverykit.model.RiskCategory;
import org.recoverykit.model.ServiceFunction;

/**
 * The fixed, fictional phrases and names that generated records are made of.
 *
 * <p>Every name here is a common given or family name, never a real person's; every phone number is in the
 * fictional 555-0100 to 555-0199 range and every e-mail address is at {@code example.org}. Free text holds no
 * run of more than one digit, so that no generated note looks like an identifier (rule MH22-MINIMAL).
 * Organisation, program and facility names are redacted in {@code toString()} like all free text.
 */
final class Phrases {
    private Phrases() {}

    /** A life domain with what a person may want there, how to measure it and what workers do about it. */
    record Domain(
            LifeDomain domain,
            List<String> goals,
            List<String> youngGoals,
            List<Objective> objectives,
            List<String> interventions,
            ServiceFunction communitySupport,
            ServiceFunction str,
            ServiceFunction ecm) {}

    /** A measure with its baseline and target. */
    record Objective(String measure, String baseline, String target) {}

    /** A risk category with a description, its mitigation and a backup plan. */
    record Risk(RiskCategory category, String description, String mitigation, String backupPlan) {}

    static final List<Domain> DOMAINS = List.of(
            new Domain(
                    LifeDomain.HOUSING,
                    List.of("Have my own place by spring", "Stop sofa-surfing", "Keep my flat this time"),
                    List.of(),
                    List.of(
                            new Objective("housing applications submitted", "0", "3"),
                            new Objective("months with rent paid on time", "1", "6")),
                    List.of(
                            "Help complete and follow up housing applications",
                            "Go through landlord letters together each week"),
                    ServiceFunction.CS_ACCESS_SERVICES,
                    ServiceFunction.STR_HELP_EMPLOYMENT_AND_HOUSING,
                    ServiceFunction.ECM_COMMUNITY_REFERRAL),
            new Domain(
                    LifeDomain.EMPLOYMENT,
                    List.of("Get back to work, even part time", "Find a job I can keep", "Volunteer at the food bank"),
                    List.of(),
                    List.of(
                            new Objective("job applications sent", "0", "5"),
                            new Objective("volunteering shifts a week", "0", "2")),
                    List.of(
                            "Practise interviews and update the CV together",
                            "Visit the job centre together and meet the advisor"),
                    ServiceFunction.CS_EMPLOYMENT_SKILLS,
                    ServiceFunction.STR_HELP_EMPLOYMENT_AND_HOUSING,
                    ServiceFunction.ECM_COMMUNITY_REFERRAL),
            new Domain(
                    LifeDomain.EDUCATION,
                    List.of("Finish my college course", "Learn to use a computer properly"),
                    List.of("Go to school every day", "Catch up on reading", "Not get sent out of class"),
                    List.of(
                            new Objective("school days attended a week", "2", "5"),
                            new Objective("course modules passed", "0", "4")),
                    List.of("Meet the school or college mentor with the family", "Plan homework time after school"),
                    ServiceFunction.CS_SCHOOL_SKILLS,
                    ServiceFunction.STR_HELP_SOCIAL_NETWORKS,
                    ServiceFunction.ECM_HEALTH_PROMOTION),
            new Domain(
                    LifeDomain.SOCIAL_CONNECTION,
                    List.of("Have people to talk to", "Go out at least once a week", "Make one new friend"),
                    List.of("Have friends to hang out with", "Join a club after school"),
                    List.of(
                            new Objective("social outings a week", "0", "2"),
                            new Objective("groups attended a month", "0", "3")),
                    List.of("Go to a community group together the first few times", "Plan one outing each week"),
                    ServiceFunction.CS_INTERPERSONAL_SKILLS,
                    ServiceFunction.STR_HELP_SOCIAL_NETWORKS,
                    ServiceFunction.ECM_MEMBER_AND_FAMILY_SUPPORTS),
            new Domain(
                    LifeDomain.MENTAL_HEALTH,
                    List.of("Feel less anxious when I go out", "Notice when I am getting unwell", "Sleep better"),
                    List.of("Feel less worried at school", "Know what to do when I get angry"),
                    List.of(
                            new Objective("nights with good sleep a week", "2", "5"),
                            new Objective("days I go out despite the worry", "1", "4")),
                    List.of("Practise coping skills from the wellness plan", "Keep a simple mood diary together"),
                    ServiceFunction.CS_ILLNESS_SELF_MANAGEMENT,
                    ServiceFunction.STR_ACCESS_SELF_HELP_GROUPS,
                    ServiceFunction.ECM_HEALTH_PROMOTION),
            new Domain(
                    LifeDomain.PHYSICAL_HEALTH,
                    List.of("Get fitter and walk more", "See a dentist this year", "Get my diabetes under control"),
                    List.of("Play football again", "Eat breakfast before school"),
                    List.of(new Objective("walks a week", "0", "3"), new Objective("health checks attended", "0", "1")),
                    List.of("Book and go to health checks together", "Plan a weekly walk on the canal path"),
                    ServiceFunction.CS_WELLNESS_AND_PHYSICAL_HEALTH,
                    ServiceFunction.STR_ACCESS_HEALTH_CHECKS,
                    ServiceFunction.ECM_HEALTH_PROMOTION),
            new Domain(
                    LifeDomain.FINANCES_AND_BENEFITS,
                    List.of("Sort out my benefits", "Stop running out of money before payday", "Clear my debts"),
                    List.of(),
                    List.of(
                            new Objective("weeks kept to the budget", "0", "4"),
                            new Objective("benefit claims completed", "0", "1")),
                    List.of("Work out a weekly budget together", "Help with the benefits claim and appeal"),
                    ServiceFunction.CS_INDEPENDENT_LIVING_SKILLS,
                    ServiceFunction.STR_HELP_BUDGETING_AND_BENEFITS,
                    ServiceFunction.ECM_CARE_COORDINATION),
            new Domain(
                    LifeDomain.SUBSTANCE_USE,
                    List.of("Cut down on drinking", "Stay off drugs", "Have a dry weekend each month"),
                    List.of(),
                    List.of(
                            new Objective("alcohol-free days a week", "1", "4"),
                            new Objective("support meetings attended a month", "0", "4")),
                    List.of("Go with the person to a first recovery meeting", "Plan what to do on payday evenings"),
                    ServiceFunction.CS_RELAPSE_PREVENTION,
                    ServiceFunction.STR_ACCESS_SUBSTANCE_MISUSE_ADVICE,
                    ServiceFunction.ECM_CARE_COORDINATION),
            new Domain(
                    LifeDomain.LEISURE,
                    List.of("Get back to playing music", "Do something fun every week"),
                    List.of("Go swimming with my cousin", "Learn to skateboard"),
                    List.of(
                            new Objective("leisure activities a week", "0", "2"),
                            new Objective("sessions at the leisure centre", "0", "4")),
                    List.of("Find a low-cost class and go together once", "Apply for a leisure pass"),
                    ServiceFunction.CS_FUNCTIONAL_SKILLS,
                    ServiceFunction.STR_HELP_LEISURE_AND_FITNESS,
                    ServiceFunction.ECM_HEALTH_PROMOTION),
            new Domain(
                    LifeDomain.FAMILY_AND_RELATIONSHIPS,
                    List.of("See my kids every weekend", "Get on better with my brother"),
                    List.of("Argue less with my mum", "Spend more time with my dad"),
                    List.of(
                            new Objective("family visits a month", "1", "4"),
                            new Objective("calm evenings at home a week", "2", "5")),
                    List.of("Family meeting to agree house rules", "Plan contact visits with the family"),
                    ServiceFunction.CS_FAMILY_SUPPORT,
                    ServiceFunction.STR_HELP_SOCIAL_NETWORKS,
                    ServiceFunction.ECM_MEMBER_AND_FAMILY_SUPPORTS),
            new Domain(
                    LifeDomain.MEDICATION,
                    List.of("Take my tablets without reminders", "Talk to the doctor about side effects"),
                    List.of(),
                    List.of(
                            new Objective("days medication taken as agreed a week", "3", "7"),
                            new Objective("medication reviews attended", "0", "1")),
                    List.of("Set up a weekly pill organiser together", "Prepare questions for the medication review"),
                    ServiceFunction.CS_MEDICATION_SUPPORT,
                    ServiceFunction.STR_ACCESS_MEDICINES_MANAGEMENT,
                    ServiceFunction.ECM_CARE_COORDINATION),
            new Domain(
                    LifeDomain.DAILY_LIVING,
                    List.of("Cook proper meals", "Keep on top of the washing and the flat", "Get up at a set time"),
                    List.of("Get ready for school on my own", "Keep my room tidy"),
                    List.of(
                            new Objective("home-cooked meals a week", "1", "4"),
                            new Objective("mornings up by nine a week", "1", "5")),
                    List.of("Shop and cook a simple meal together", "Make a visual daily routine"),
                    ServiceFunction.CS_INDEPENDENT_LIVING_SKILLS,
                    ServiceFunction.STR_ACCESS_NUTRITION_ADVICE,
                    ServiceFunction.ECM_HEALTH_PROMOTION),
            new Domain(
                    LifeDomain.TRANSPORTATION,
                    List.of("Get the bus on my own", "Get my driving licence back"),
                    List.of(),
                    List.of(
                            new Objective("journeys made alone", "0", "3"),
                            new Objective("bus routes practised", "0", "2")),
                    List.of("Practise the bus route together", "Apply for a travel pass"),
                    ServiceFunction.CS_ACCESS_SERVICES,
                    ServiceFunction.STR_HELP_LEISURE_AND_FITNESS,
                    ServiceFunction.ECM_COMMUNITY_REFERRAL),
            new Domain(
                    LifeDomain.IDENTITY_CULTURE_SPIRITUALITY,
                    List.of("Go back to my place of worship", "Reconnect with my culture"),
                    List.of("Learn more about where my family comes from"),
                    List.of(
                            new Objective("services or gatherings attended a month", "0", "2"),
                            new Objective("cultural events attended", "0", "2")),
                    List.of("Find a welcoming faith or cultural group", "Go to a cultural event together"),
                    ServiceFunction.CS_NATURAL_SUPPORTS,
                    ServiceFunction.STR_HELP_IDENTITY_AND_SPIRITUALITY,
                    ServiceFunction.ECM_MEMBER_AND_FAMILY_SUPPORTS),
            new Domain(
                    LifeDomain.DIGITAL_ACCESS,
                    List.of("Use the internet to pay bills", "Have a working phone and keep it topped up"),
                    List.of(),
                    List.of(
                            new Objective("online tasks done alone", "0", "3"),
                            new Objective("library computer sessions", "0", "4")),
                    List.of("Set up e-mail and online banking together", "Get a low-cost phone plan"),
                    ServiceFunction.CS_FUNCTIONAL_SKILLS,
                    ServiceFunction.STR_HELP_INTERNET_ACCESS,
                    ServiceFunction.ECM_COMMUNITY_REFERRAL));

    static final List<String> GIVEN_NAMES = List.of(
            "Dana", "Sam", "Alex", "Jordan", "Maria", "Ahmed", "Priya", "Tomas", "Aisha", "Noah", "Grace", "Mateo",
            "Chloe", "Kwame", "Sofia", "Ravi", "Elena", "Marcus", "Nadia", "Owen", "Yusuf", "Leah", "Diego", "Amara",
            "Jonah", "Ines", "Kofi", "Hana", "Lucia", "Bilal", "Erin", "Tariq");

    static final List<String> FAMILY_NAMES = List.of(
            "Okafor",
            "Reyes",
            "Nguyen",
            "Patel",
            "Kowalski",
            "Haddad",
            "Johansson",
            "Mensah",
            "Garcia",
            "Tanaka",
            "Abdi",
            "Moreau",
            "Silva",
            "Novak",
            "Castillo",
            "Bianchi",
            "Osei",
            "Larsen",
            "Dubois",
            "Mwangi",
            "Fischer",
            "Romero",
            "Kaur",
            "Walsh",
            "Ibrahim",
            "Petrov",
            "Lindqvist",
            "Herrera");

    static final List<String> NICKNAMES =
            List.of("Dee", "Sky", "Jay", "Mo", "Bea", "Teddy", "Lulu", "Rio", "Kit", "Frankie", "Nell");

    static final List<String> PRONOUNS = List.of("she/her", "he/him", "they/them", "she/they", "he/they");

    static final List<String> LANGUAGES = List.of("en", "es", "vi", "tl", "zh", "ar", "ko", "pl", "so", "pa");

    static final List<String> CULTURAL_PREFERENCES = List.of(
            "church on Sundays matters a great deal",
            "celebrates Lunar New Year with family",
            "prefers halal meals at group events",
            "Spanish at home, English at work",
            "keeps Ramadan; no morning visits that month",
            "traditional healing is part of staying well");

    static final List<String> IDENTITY_PREFERENCES = List.of(
            "person-first language",
            "use the chosen name only",
            "identifies as a veteran",
            "survivor, not patient",
            "affirming services for queer people");

    static final List<String> COMMUNICATION_PREFERENCES = List.of(
            "text before calling",
            "plain language, one thing at a time",
            "written notes after each meeting",
            "large print letters",
            "calls after ten in the morning");

    static final List<String> STRENGTHS = List.of(
            "good listener",
            "determined once decided",
            "resourceful with little money",
            "keeps a tidy home",
            "loyal friend",
            "good sense of humour",
            "knows the bus network well",
            "honest about how things are going");

    static final List<String> INTERESTS = List.of(
            "gardening",
            "football",
            "drawing",
            "cooking",
            "chess",
            "music",
            "fishing",
            "knitting",
            "video games",
            "hiking",
            "photography",
            "basketball");

    static final List<String> TALENTS = List.of(
            "cooks for friends",
            "fixes bicycles",
            "plays guitar",
            "good with animals",
            "paints murals",
            "speaks three languages");

    static final List<String> STREETS =
            List.of("Elm Street", "Mill Road", "Harbor Way", "Orchard Lane", "Station Road", "Willow Court");

    static final List<String> CITIES = List.of("Riverton", "Maple Falls", "Port Ellis", "Brookfield", "Ashby");

    static final List<String> ROLES_IN_PLAN = List.of(
            "weekly check-in call",
            "drives to appointments",
            "helps with the shopping",
            "company at the first peer group",
            "looks after the dog during a crisis",
            "reminds about medication");

    static final List<String> PERSONS_VIEWS = List.of(
            "I want things to be steadier",
            "This is what matters most to me right now",
            "I am doing better here than people think",
            "I need help with this one",
            "I want to do this myself, with a bit of backup");

    static final List<String> NEEDS = List.of(
            "stable tenancy",
            "regular income",
            "someone to talk to",
            "help with forms",
            "a daily routine",
            "a safe place to stay");

    static final List<String> ASSESSMENT_STRENGTHS =
            List.of("steady income", "supportive sister", "motivated to change", "knows the area well");

    static final List<String> BARRIERS =
            List.of("rent arrears", "no bus fare", "anxiety in crowds", "long waiting lists", "past evictions");

    static final List<Risk> RISKS = List.of(
            new Risk(
                    RiskCategory.RELAPSE,
                    "stops sleeping and skips medication when stressed",
                    "weekly check on sleep and medication with the worker",
                    "bring the review forward and call the crisis team"),
            new Risk(
                    RiskCategory.SELF_HARM,
                    "thoughts of self-harm after arguments at home",
                    "safety plan kept on the phone, with agreed coping steps",
                    "call the crisis line or go to the crisis cafe"),
            new Risk(
                    RiskCategory.HOUSING_LOSS,
                    "loses the tenancy if rent falls behind",
                    "rent paid by direct debit on payday",
                    "call the worker the day a payment fails"),
            new Risk(
                    RiskCategory.SELF_NEGLECT,
                    "stops eating properly when low",
                    "meal planning together each week",
                    "daily text from a friend during low spells"),
            new Risk(
                    RiskCategory.EXPLOITATION,
                    "people taking advantage of the flat",
                    "door entry plan agreed with the housing officer",
                    "move to respite if it happens again"),
            new Risk(
                    RiskCategory.DISENGAGEMENT,
                    "drops out when appointments clash with work",
                    "evening and phone contacts offered",
                    "contact through the named friend"),
            new Risk(
                    RiskCategory.PHYSICAL_HEALTH,
                    "misses diabetes checks",
                    "worker prompts the yearly review",
                    "practice nurse home visit"),
            new Risk(
                    RiskCategory.HARM_TO_OTHERS,
                    "gets into fights when drinking",
                    "avoids the pub on match days and plans something else",
                    "leave and call a friend"));

    static final List<String> WARNING_SIGNS = List.of(
            "stops answering the phone",
            "sleeping very little",
            "stops eating",
            "feels that people are watching",
            "drinking more than usual",
            "stays in bed all day");

    static final List<String> COPING_STRATEGIES = List.of(
            "walk by the river", "listen to music", "slow breathing exercise", "write it down", "take a cold shower");

    static final List<String> DISTRACTIONS =
            List.of("the community garden", "the library", "the cafe on the corner", "football on TV");

    static final List<String> KEEPING_SAFE =
            List.of("sister keeps the spare medication", "no alcohol in the house", "medication in a weekly pack");

    static final List<String> WHAT_HELPS =
            List.of("quiet room, someone they know", "being told what happens next", "a hot drink and time to talk");

    static final List<String> WHAT_DOES_NOT_HELP =
            List.of("being rushed", "lots of people talking at once", "bright lights and noise");

    static final List<String> PREFERRED_PLACES_OF_CARE = List.of("home with extra visits", "the crisis house");

    static final List<String> PLACES_TO_AVOID = List.of("the old neighbourhood", "a busy emergency department");

    static final List<String> WHEN_OTHERS_TAKE_OVER =
            List.of("not eating for two days", "not recognising family", "talking about not wanting to live");

    static final List<String> AFTER_CRISIS =
            List.of("a quiet week with short visits", "review the plan together", "thank the people who helped");

    static final List<String> PROFESSIONAL_NAMES = List.of("county crisis line", "duty worker", "out-of-hours GP");

    static final List<String> NOT_TO_INVOLVE = List.of("former partner", "old housemate");

    static final List<String> OTHER_PEOPLE_TO_ASK = List.of("a friend from the group", "the neighbour upstairs");

    static final List<String> CRISIS_CONTACT_NOTES =
            List.of("call first", "knows the plan", "not to be contacted", "only in working hours");

    static final List<String> CHANGES_IN_NEEDS = List.of(
            "tenancy at risk after a rent rise",
            "started part-time work",
            "more anxious since the move",
            "no major changes",
            "new baby in the family");

    static final List<String> CHANGES_AGREED = List.of(
            "added the housing goal",
            "moved contacts to evenings",
            "fewer visits, every other week",
            "kept the plan as it is",
            "added a peer support goal");

    static final List<String> PROGRESS_NOTES =
            List.of("steady progress", "harder month, still trying", "nearly there", "more confident");

    static final List<String> PREFERRED_TIMES =
            List.of("weekday mornings", "after school", "evenings after work", "any time except Mondays");

    static final List<String> WHEN_UNAVAILABLE = List.of(
            "duty worker on the team line",
            "the team supervisor",
            "the on-call worker through the office",
            "text the shared team phone");

    static final List<String> CONTACT_NEEDS = List.of(
            "check in on the week's goals",
            "prepare for the housing interview",
            "review the budget",
            "follow up the benefits claim",
            "practise the bus route",
            "plan the first peer group visit",
            "get ready for the medication review");

    static final List<String> YOUNG_CONTACT_NEEDS = List.of(
            "talk through worries about school",
            "plan the week with the family",
            "practise what to say when angry",
            "check in on the week's goals",
            "get ready for the school meeting");

    static final List<String> RESPONSES = List.of(
            "completed two applications, felt hopeful",
            "engaged well, tired by the end",
            "quiet at first, then opened up",
            "pleased with the progress made",
            "frustrated with the waiting list",
            "agreed to try the new routine");

    static final List<String> NEXT_STEPS = List.of(
            "submit the third application next week",
            "worker to phone the landlord",
            "bring the payslips next time",
            "try the route alone on Friday",
            "book the dentist before the next visit");

    /** The note that breaks MH22-MINIMAL: it carries another person's (fictional) phone number. */
    static final String NOTE_WITH_PHONE_NUMBER = "call the neighbour on 555-0143 if there is no answer";

    static final List<String> RE_ENGAGEMENT_NOTES = List.of(
            "left a voicemail", "sent a friendly text", "spoke to the sister, all is well", "letter with a new date");

    static final List<String> OUTREACH_NOTES =
            List.of("introduced the program", "left the program details", "booked the first visit");

    static final List<String> CHOICE_IN_OWN_WORDS = List.of(
            "I'd like to meet people who get it",
            "I want to try the group",
            "someone who has been there",
            "I asked about this myself");

    static final List<String> CONTINUING_SERVICES = List.of(
            "monthly peer group",
            "medication reviews with the family doctor",
            "tenancy support visits",
            "college disability advice",
            "drop-in sessions at the wellbeing cafe");

    static final List<String> CONTINUING_PROVIDERS =
            List.of("the peer network", "the family doctor", "the tenancy team", "the college", "the wellbeing cafe");

    static final List<String> NO_AFTERCARE_REASONS = List.of(
            "chose not to continue with any service",
            "moved out of the area; details passed on with consent",
            "needs met by family and friends now");

    static final List<String> FOLLOW_UP_WITH =
            List.of("the family doctor", "the practice nurse", "the care coordinator", "the psychiatrist");

    static final List<String> FOLLOW_UP_PURPOSES =
            List.of("medication review", "first visit after discharge", "check how the move went");

    static final List<String> SUPPORT_PROVIDERS =
            List.of("the tenancy support team", "the Tuesday peer group", "the wellbeing cafe", "the youth club");

    static final List<String> NATURAL_SUPPORT_TYPES =
            List.of("weekly check-in call", "lifts to appointments", "help with the shopping", "company on walks");

    static final List<String> NATURAL_SUPPORT_SCOPES = List.of(
            "talks through the week's plans",
            "drives to the clinic and waits",
            "goes to the shop together on Saturdays",
            "a walk together on Sunday afternoons");

    static final List<String> PAID_SUPPORT_TYPES =
            List.of("tenancy support", "supported employment", "counselling sessions", "personal care");

    static final List<String> PAID_SUPPORT_SCOPES = List.of(
            "help with bills and landlord letters",
            "job coaching at the workplace",
            "talking therapy for anxiety",
            "help with washing and dressing in the morning");

    static final List<String> PEER_SUPPORT_TYPES = List.of("peer support group", "one-to-one peer mentoring");

    static final List<String> PEER_SUPPORT_SCOPES =
            List.of("weekly group and informal chats", "meets a peer mentor at the cafe");

    static final List<String> COMMUNITY_SUPPORT_TYPES =
            List.of("community garden volunteering", "library reading group", "walking group");

    static final List<String> COMMUNITY_SUPPORT_SCOPES =
            List.of("Saturday mornings with a buddy", "one evening a week", "a short walk on Wednesdays");

    static final List<String> COMMUNITY_SUPPORTS_SCOPES = List.of(
            "finding and moving into a flat", "meals delivered after the hospital stay", "short breaks for the carer");

    /** The organisations of the team's professionals. */
    static final List<String> ORGANIZATIONS = List.of(
            "Valley Community Support",
            "Northside Recovery Team",
            "Riverbend Care Services",
            "County Behavioral Health",
            "Lakeshore Health Center");

    /** Peer-support programs. */
    static final List<String> PEER_PROGRAMS =
            List.of("Peer Bridges", "Open Door Peer Network", "Hearing Voices Circle", "Recovery Cafe Collective");

    /** Medi-Cal Community Supports providers. */
    static final List<String> COMMUNITY_SUPPORTS_PROGRAMS =
            List.of("Pathways Housing Navigation", "Fresh Start Meals", "Safe Harbor Respite");

    /** Enhanced Care Management providers. */
    static final List<String> ECM_PROGRAMS = List.of("Unity Care Management", "Bridgeway Care Partners");

    /** Community resources. */
    static final List<String> COMMUNITY_PROGRAMS =
            List.of("Eastside Food Pantry", "Job Lab at the Central Library", "Westgate Adult Learning");

    /** Clinical services. */
    static final List<String> CLINICAL_PROGRAMS =
            List.of("Lakeside Counseling Clinic", "Northgate Memory and Mood Clinic");

    /** Hospitals and crisis facilities. */
    static final List<String> FACILITIES =
            List.of("Mercy Valley Hospital", "County Psychiatric Health Facility", "Westfield Crisis Residential");

    /** Funding sources. */
    static final List<String> FUNDING = List.of("Medicaid", "Medi-Cal", "county grant", "self-funded");
}
