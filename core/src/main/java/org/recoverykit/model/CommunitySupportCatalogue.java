package org.recoverykit.model;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of Medi-Cal Community Supports and the billing codes that claim them.
 *
 * <p>The {@link #standard() standard} catalogue is the table of the DHCS "ECM and Community Supports HCPCS
 * Coding Guidance", January 2026 edition: the 14 pre-approved Community Supports, transitional rent, housing
 * outreach initiation, and Enhanced Care Management as a service of its own. The guidance changes; a user
 * with an updated table {@link #load(Reader) loads} it and uses that catalogue instead.
 *
 * <p>A billing code, the pair of a procedure code and its modifiers, claims at most one service, so a claim
 * line's billing code identifies its service. The same procedure code recurs with other modifiers for other
 * services.
 *
 * <h2>Table format</h2>
 * UTF-8 comma-separated values. Lines that start with {@code #} are comments; blank lines are ignored. The
 * first other line is the header {@code code,display,billing_codes}; each following line is one service:
 * <ul>
 *   <li>{@code code}: the service's lower-kebab code, such as {@code housing-deposits};
 *   <li>{@code display}: its display name;
 *   <li>{@code billing_codes}: its billing codes, separated by {@code |}, each in the text form of
 *       {@link BillingCode#parse(CharSequence)}, such as {@code T1016 U8|T1016 U8 GQ}.
 * </ul>
 * A cell that holds a comma or a double quote is quoted with double quotes, a quote inside it doubled.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CommunitySupportCatalogue {
    static final String RESOURCE = "community-supports.csv";
    private static final List<String> HEADER = List.of("code", "display", "billing_codes");
    private static final String TABLE = "Community Supports table";

    private final List<CommunitySupportService> services;
    private final Map<String, CommunitySupportService> byCode;
    private final Map<BillingCode, CommunitySupportService> byBillingCode;

    private CommunitySupportCatalogue(
            List<CommunitySupportService> services,
            Map<String, CommunitySupportService> byCode,
            Map<BillingCode, CommunitySupportService> byBillingCode) {
        this.services = List.copyOf(services);
        this.byCode = Map.copyOf(byCode);
        this.byBillingCode = Map.copyOf(byBillingCode);
    }

    private static final class Standard {
        static final CommunitySupportCatalogue INSTANCE =
                CsvTable.readResource(CommunitySupportCatalogue.class, RESOURCE, CommunitySupportCatalogue::load);
    }

    /**
     * Obtains the standard catalogue, bundled with the library.
     *
     * <p>It is read once, on first use, from the {@code community-supports.csv} resource of this package.
     *
     * @return the standard catalogue, not null
     */
    public static CommunitySupportCatalogue standard() {
        return Standard.INSTANCE;
    }

    /**
     * Obtains a catalogue from a table in the format described above, such as an updated table of a user's.
     *
     * <p>The reader is read to its end and not closed.
     *
     * @param reader the table, not null
     * @return the catalogue of the table's services, in table order, not null
     * @throws IOException if the reader fails
     * @throws ReferenceDataException if the table is malformed: its message names the line and what is wrong
     *     there, never a cell's content. A row is wrong if its cells do not make a valid
     *     {@link CommunitySupportService}, if it repeats an earlier row's service code, or if it gives a
     *     billing code that an earlier row already gives
     */
    public static CommunitySupportCatalogue load(Reader reader) throws IOException {
        if (reader == null) {
            throw new InvariantViolationException("reader must not be null");
        }
        Index index = new Index();
        Clash clash = new Clash() {
            @Override
            public RuntimeException code(int line, int earlier) {
                return new ReferenceDataException(TABLE, line, "the service code is already used on line " + earlier);
            }

            @Override
            public RuntimeException billingCode(int line, int earlier) {
                return new ReferenceDataException(
                        TABLE, line, "a billing code already belongs to the service on line " + earlier);
            }
        };
        for (CsvTable.Row row : CsvTable.read(reader, TABLE, HEADER).rows()) {
            index.add(parse(row), row.lineNumber(), clash);
        }
        return index.catalogue();
    }

    /**
     * Obtains a catalogue of the given services.
     *
     * @param services the services, in the order to list them, not null
     * @return the catalogue, not null
     * @throws InvariantViolationException if a service is null, two services have the same code, or a billing
     *     code belongs to two services
     */
    public static CommunitySupportCatalogue of(Collection<CommunitySupportService> services) {
        if (services == null) {
            throw new InvariantViolationException("CommunitySupportCatalogue.services must not be null");
        }
        Index index = new Index();
        Clash clash = new Clash() {
            @Override
            public RuntimeException code(int position, int earlier) {
                return new InvariantViolationException(
                        "CommunitySupportCatalogue.services must not repeat a service code");
            }

            @Override
            public RuntimeException billingCode(int position, int earlier) {
                return new InvariantViolationException(
                        "CommunitySupportCatalogue.services must not give a billing code to two services");
            }
        };
        int position = 0;
        for (CommunitySupportService service : services) {
            if (service == null) {
                throw new InvariantViolationException(
                        "CommunitySupportCatalogue.services must not hold a null service");
            }
            index.add(service, position++, clash);
        }
        return index.catalogue();
    }

    /**
     * Gets the services of this catalogue.
     *
     * @return the services in table order; unmodifiable, not null
     */
    public List<CommunitySupportService> getServices() {
        return services;
    }

    /**
     * Finds the service with the given code.
     *
     * @param serviceCode the service code, such as {@code housing-deposits}; may be null
     * @return the service, empty if the code is null or not in this catalogue
     */
    public Optional<CommunitySupportService> find(String serviceCode) {
        return serviceCode == null ? Optional.empty() : Optional.ofNullable(byCode.get(serviceCode));
    }

    /**
     * Finds the service that the given billing code claims.
     *
     * <p>Both the procedure code and the modifiers must match: {@code T1016 U8} and {@code T1016 U8 GQ} are
     * different billing codes, and {@code H0043 U6} and {@code H0043 U3} claim different services.
     *
     * @param billingCode the billing code; may be null
     * @return the service, empty if the billing code is null or claims no service of this catalogue
     */
    public Optional<CommunitySupportService> findByBillingCode(BillingCode billingCode) {
        return billingCode == null ? Optional.empty() : Optional.ofNullable(byBillingCode.get(billingCode));
    }

    /**
     * Checks whether the given billing code claims the given service.
     *
     * @param serviceCode the service code; may be null
     * @param billingCode the billing code; may be null
     * @return true if the service is in this catalogue and the billing code is one of its billing codes;
     *     false otherwise, and if either argument is null
     */
    public boolean isValid(String serviceCode, BillingCode billingCode) {
        return serviceCode != null
                && findByBillingCode(billingCode)
                        .map(s -> s.getCode().equals(serviceCode))
                        .orElse(false);
    }

    /**
     * Checks whether this catalogue lists the same services, in the same order, as another.
     *
     * @param other the other object; may be null
     * @return true if the other object is a catalogue with equal services in the same order
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CommunitySupportCatalogue c && services.equals(c.services);
    }

    /**
     * Gets a hash code of this catalogue's services.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return services.hashCode();
    }

    /**
     * Outputs a summary of this catalogue, such as {@code CommunitySupportCatalogue[17 services]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "CommunitySupportCatalogue[" + services.size() + " services]";
    }

    /** How a catalogue reports a service code or billing code given twice, at two positions. */
    private interface Clash {
        RuntimeException code(int position, int earlier);

        RuntimeException billingCode(int position, int earlier);
    }

    /** The services of a catalogue being built, indexed by code and by billing code as they are added. */
    private static final class Index {
        private final List<CommunitySupportService> services = new ArrayList<>();
        private final Map<String, CommunitySupportService> byCode = new HashMap<>();
        private final Map<BillingCode, CommunitySupportService> byBillingCode = new HashMap<>();
        private final Map<String, Integer> positionOfCode = new HashMap<>();
        private final Map<BillingCode, Integer> positionOfBillingCode = new HashMap<>();

        void add(CommunitySupportService service, int position, Clash clash) {
            Integer earlier = positionOfCode.putIfAbsent(service.getCode(), position);
            if (earlier != null) {
                throw clash.code(position, earlier);
            }
            for (BillingCode billingCode : service.getBillingCodes()) {
                earlier = positionOfBillingCode.putIfAbsent(billingCode, position);
                if (earlier != null) {
                    throw clash.billingCode(position, earlier);
                }
                byBillingCode.put(billingCode, service);
            }
            byCode.put(service.getCode(), service);
            services.add(service);
        }

        CommunitySupportCatalogue catalogue() {
            return new CommunitySupportCatalogue(services, byCode, byBillingCode);
        }
    }

    private static CommunitySupportService parse(CsvTable.Row row) {
        CommunitySupportService.Builder builder =
                CommunitySupportService.builder().code(row.cell(0)).display(row.cell(1));
        for (String text : CsvTable.values(row.cell(2))) {
            try {
                builder.addBillingCode(BillingCode.parse(text));
            } catch (InvariantViolationException e) {
                throw new ReferenceDataException(TABLE, row.lineNumber(), "billing_codes: " + e.getMessage());
            }
        }
        try {
            return builder.build();
        } catch (InvariantViolationException e) {
            throw new ReferenceDataException(TABLE, row.lineNumber(), e.getMessage());
        }
    }
}
