#!/usr/bin/env bash
# Proves the publishing path without any remote repository:
#   1. deploys the build to a file repository (target/staging),
#   2. checks what landed there: the published modules complete and clean, nothing else,
#   3. builds and runs scripts/consumer against it, with an empty local repository.
# Run from anywhere in a clone: scripts/check-publishing.sh. Needs mvn, java and unzip.
set -Eeuo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
MVN=${MVN:-mvn}
STAGING=$ROOT/target/staging
WORK=$ROOT/target/check-publishing
CONSUMER_REPO=

fail() {
  echo "check-publishing: FAIL: $*" >&2
  exit 1
}
trap 'fail "command failed at line $LINENO: $BASH_COMMAND"' ERR
trap '[[ -z $CONSUMER_REPO ]] || rm -rf "$CONSUMER_REPO"' EXIT

# Runs Maven with its output in $WORK/<log>; on failure shows the end of the log.
run_mvn() {
  local log=$WORK/$1
  shift
  if ! "$MVN" -B "$@" >"$log" 2>&1; then
    tail -n 25 "$log" >&2
    fail "mvn $* failed; full log: ${log#"$ROOT"/}"
  fi
}

# Prints the file of artifact $2 with classifier $3 ('' for none) and extension $4 in directory $1.
# Snapshot deploys put a timestamp in the name (core-0.1.0-20260101.120000-1.jar).
artifact_file() {
  local dir=$1 artifact=$2 classifier=$3 ext=$4 file
  local re="^$artifact-${BASE//./\\.}(-[0-9]{8}\.[0-9]{6}-[0-9]+)?${classifier:+-$classifier}\.$ext\$"
  for file in "$dir"/*; do
    if [[ $(basename "$file") =~ $re ]]; then
      echo "$file"
      return 0
    fi
  done
  return 1
}

for tool in "$MVN" java unzip; do
  command -v "$tool" >/dev/null || fail "$tool is not on the PATH"
done

"$MVN" -B -q clean >/dev/null 2>&1 || fail "mvn clean failed"
mkdir -p "$WORK"

run_mvn version.log org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
  -Dexpression=project.version -Doutput="$WORK/version.txt"
VERSION=$(<"$WORK/version.txt")
[[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+(-SNAPSHOT)?$ ]] || fail "unexpected project version '$VERSION'"
BASE=${VERSION%-SNAPSHOT}
echo "check-publishing: deploying RecoveryKit $VERSION to ${STAGING#"$ROOT"/}"

# 1. Deploy. The parent, examples and benchmarks skip deployment themselves.
run_mvn deploy.log deploy -DskipTests -DaltDeploymentRepository=local::file:"$STAGING"

# 2. What was deployed.
GROUP_DIR=$STAGING/org/recoverykit
[[ -d $GROUP_DIR ]] || fail "nothing was deployed under ${GROUP_DIR#"$ROOT"/}"
deployed=$(cd "$GROUP_DIR" && ls | sort | tr '\n' ' ')
expected="recoverykit-bom recoverykit-cli recoverykit-core recoverykit-fhir-mapping recoverykit-testkit "
[[ $deployed == "$expected" ]] || fail "deployed artifacts are '$deployed', expected '$expected'"

for module in bom core fhir-mapping testkit cli; do
  artifact=recoverykit-$module
  dir=$GROUP_DIR/$artifact/$VERSION
  pom=$(artifact_file "$dir" "$artifact" "" pom) || fail "$artifact: no POM deployed"
  if grep -q '\${' "$pom"; then fail "$artifact: deployed POM has an unresolved \${...}"; fi
  if grep -q '<parent>' "$pom"; then fail "$artifact: deployed POM has a <parent>"; fi
  [[ $module == bom ]] && continue

  jar=$(artifact_file "$dir" "$artifact" "" jar) || fail "$artifact: no jar deployed"
  artifact_file "$dir" "$artifact" sources jar >/dev/null || fail "$artifact: no -sources.jar deployed"
  artifact_file "$dir" "$artifact" javadoc jar >/dev/null || fail "$artifact: no -javadoc.jar deployed"
  manifest=$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r')
  [[ $manifest =~ (^|$'\n')Automatic-Module-Name:\ org\.recoverykit\.[a-z.]+($'\n'|$) ]] \
    || fail "$artifact: the jar's MANIFEST.MF has no Automatic-Module-Name"
done

# The BOM manages exactly the four modules, at this version; nothing inherited from the parent.
bom_pom=$(artifact_file "$GROUP_DIR/recoverykit-bom/$VERSION" recoverykit-bom "" pom)
managed=$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/p' "$bom_pom" \
  | grep -o '<artifactId>[^<]*' | sed 's/<artifactId>//' | sort | tr '\n' ' ')
expected="recoverykit-cli recoverykit-core recoverykit-fhir-mapping recoverykit-testkit "
[[ $managed == "$expected" ]] || fail "the BOM manages '$managed', expected '$expected'"
versions=$(sed -n '/<dependencyManagement>/,/<\/dependencyManagement>/p' "$bom_pom" | grep -c "<version>$VERSION</version>")
[[ $versions == 4 ]] || fail "the BOM does not pin all four modules to $VERSION"

# 3. A consumer with an empty local repository: RecoveryKit from the staging repository, the rest from Central.
CONSUMER_REPO=$(mktemp -d)
cat >"$WORK/consumer-settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>staging</id>
      <repositories>
        <repository>
          <id>staging</id>
          <url>file://$STAGING</url>
          <releases><enabled>true</enabled></releases>
          <snapshots><enabled>true</enabled></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>staging</activeProfile>
  </activeProfiles>
</settings>
EOF
run_mvn consumer.log -s "$WORK/consumer-settings.xml" -f scripts/consumer/pom.xml \
  -Dmaven.repo.local="$CONSUMER_REPO" -Drecoverykit.version="$VERSION" clean compile exec:java
grep -qx 'consumer OK' "$WORK/consumer.log" || fail "the consumer did not print 'consumer OK'; see ${WORK#"$ROOT"/}/consumer.log"
for artifact in recoverykit-bom recoverykit-core; do
  grep -qs '>staging=' "$CONSUMER_REPO/org/recoverykit/$artifact/$VERSION/_remote.repositories" \
    || fail "the consumer did not resolve $artifact from the staging repository"
done
[[ -d $CONSUMER_REPO/tools/jackson/core/jackson-databind ]] \
  || fail "the consumer did not get recoverykit-core's dependencies (jackson-databind)"

echo "check-publishing: OK: RecoveryKit $VERSION deploys bom, core, fhir-mapping, testkit and cli, and a consumer builds and runs against them"
