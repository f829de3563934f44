#!/usr/bin/env bash
# Runs the release profile end to end without uploading anything:
#   1. fetches Maven 3.9.16 (the profile needs 3.9.2+) as an ordinary artifact, through the Maven on the PATH,
#   2. makes a throwaway GPG key in a temporary GNUPGHOME,
#   3. builds, signs and bundles the release version of the project (x.y.z-SNAPSHOT becomes x.y.z)
#      with central-publishing-maven-plugin's skipUpload,
#   4. checks the bundle: the published modules, signed with that key, with checksums; nothing else.
# Run from anywhere in a clone: scripts/release-dry-run.sh. Needs mvn, java, gpg and unzip.
set -Eeuo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
MVN=${MVN:-mvn}
MAVEN_VERSION=3.9.16
WORK=$ROOT/target/release-dry-run
BUNDLE=$ROOT/target/central-publishing/central-bundle.zip
TMP=

fail() {
  echo "release-dry-run: FAIL: $*" >&2
  exit 1
}
cleanup() {
  [[ -n $TMP ]] || return 0
  GNUPGHOME=$TMP/gnupg gpgconf --kill gpg-agent >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap 'fail "command failed at line $LINENO: $BASH_COMMAND"' ERR
trap cleanup EXIT

# Runs a Maven ($1) with its output in $WORK/<log> ($2); on failure shows the end of the log.
run_mvn() {
  local mvn=$1 log=$WORK/$2
  shift 2
  if ! "$mvn" -B "$@" >"$log" 2>&1; then
    tail -n 25 "$log" >&2
    fail "$(basename "$mvn") $* failed; full log: ${log#"$ROOT"/}"
  fi
}

for tool in "$MVN" java gpg gpgconf unzip md5sum sha1sum; do
  command -v "$tool" >/dev/null || fail "$tool is not on the PATH"
done

# Maven and the key live outside target/, which the build cleans.
TMP=$(mktemp -d)
"$MVN" -B -q clean >/dev/null 2>&1 || fail "mvn clean failed"
mkdir -p "$WORK"

run_mvn "$MVN" version.log org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
  -Dexpression=project.version -Doutput="$WORK/version.txt"
VERSION=$(<"$WORK/version.txt")
[[ $VERSION =~ ^[0-9]+\.[0-9]+\.[0-9]+(-SNAPSHOT)?$ ]] || fail "unexpected project version '$VERSION'"
# Central takes releases only; for a snapshot the plugin stages for the snapshot repository and makes no bundle.
RELEASE=${VERSION%-SNAPSHOT}

# 1. Maven 3.9.16.
run_mvn "$MVN" get-maven.log -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact=org.apache.maven:apache-maven:$MAVEN_VERSION:zip:bin -DoutputDirectory="$TMP"
unzip -q "$TMP/apache-maven-$MAVEN_VERSION-bin.zip" -d "$TMP"
MVN_RELEASE=$TMP/apache-maven-$MAVEN_VERSION/bin/mvn
[[ -x $MVN_RELEASE ]] || fail "no $MVN_RELEASE in the Maven $MAVEN_VERSION zip"

# 2. A throwaway signing key without a passphrase.
export GNUPGHOME=$TMP/gnupg
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --gen-key >"$WORK/gpg.log" 2>&1 <<EOF || fail "could not create a GPG key; see ${WORK#"$ROOT"/}/gpg.log"
%no-protection
Key-Type: eddsa
Key-Curve: ed25519
Key-Usage: sign
Name-Real: RecoveryKit release dry run
Name-Email: release-dry-run@recoverykit.invalid
Expire-Date: 1d
%commit
EOF
KEY=$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '$1 == "fpr" { print $10; exit }')
[[ -n $KEY ]] || fail "the throwaway GPG key was not created"

# 3. The release build; nothing leaves the machine.
echo "release-dry-run: building RecoveryKit $RELEASE with Maven $MAVEN_VERSION, signing with $KEY"
run_mvn "$MVN_RELEASE" release.log -Prelease deploy -DskipTests -DskipUpload=true \
  -Drevision="$RELEASE" -Dgpg.keyname="$KEY"
grep -q 'Skipping the upload of the bundle' "$WORK/release.log" \
  || fail "the central-publishing plugin did not report a skipped upload; see ${WORK#"$ROOT"/}/release.log"
[[ -f $BUNDLE ]] || fail "no bundle at ${BUNDLE#"$ROOT"/}"

# 4. The bundle.
CONTENT=$WORK/bundle
unzip -q "$BUNDLE" -d "$CONTENT"
GROUP_DIR=$CONTENT/org/recoverykit
[[ -d $GROUP_DIR ]] || fail "the bundle has nothing under org/recoverykit"
bundled=$(cd "$GROUP_DIR" && ls | sort | tr '\n' ' ')
expected="recoverykit-bom recoverykit-cli recoverykit-core recoverykit-fhir-mapping recoverykit-testkit "
[[ $bundled == "$expected" ]] || fail "the bundle holds '$bundled', expected '$expected'"
others=$(cd "$CONTENT" && find . -type f ! -path './org/recoverykit/*')
[[ -z $others ]] || fail "the bundle holds files outside org/recoverykit: $others"

files=0
for module in bom core fhir-mapping testkit cli; do
  artifact=recoverykit-$module
  dir=$GROUP_DIR/$artifact/$RELEASE
  names=("$artifact-$RELEASE.pom")
  [[ $module == bom ]] || names+=("$artifact-$RELEASE.jar" "$artifact-$RELEASE-sources.jar" "$artifact-$RELEASE-javadoc.jar")
  for name in "${names[@]}"; do
    file=$dir/$name
    [[ -f $file ]] || fail "the bundle has no $name"
    [[ -f $file.asc ]] || fail "the bundle has no signature $name.asc"
    status=$(gpg --batch --status-fd 1 --verify "$file.asc" "$file" 2>/dev/null) \
      || fail "gpg --verify rejects $name.asc"
    [[ $status == *"[GNUPG:] VALIDSIG $KEY "* ]] || fail "$name.asc is not signed by the throwaway key"
    for sum in md5 sha1; do
      [[ -f $file.$sum ]] || fail "the bundle has no checksum $name.$sum"
      actual=$("${sum}sum" "$file" | cut -d' ' -f1)
      [[ $(tr -d ' \n' <"$file.$sum") == "$actual" ]] || fail "$name.$sum does not match the file"
    done
    files=$((files + 1))
  done
  if grep -q '\${' "$dir/$artifact-$RELEASE.pom"; then fail "$artifact: bundled POM has an unresolved \${...}"; fi
done

echo "release-dry-run: OK: $(basename "$BUNDLE") holds $files signed, checksummed files for bom, core, fhir-mapping, testkit and cli at $RELEASE, and nothing else"
