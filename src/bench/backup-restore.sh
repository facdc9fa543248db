#!/usr/bin/env bash
# Drill: the README's backup-and-restore procedure end to end on real MariaDB servers (the binaries the
# embedded database uses). The portal runs on database A and data folder A, staff draw voting codes;
# mariadb-dump and tar back both up; both are restored into a new database B and a new folder B; the
# portal on them must accept a code printed before the backup (201), once (then 409).
# usage: src/bench/backup-restore.sh        (from anywhere; temporary folders, free ports)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
. .mvn/java-home.sh  # the JDK ./mvnw uses
# production mode: the build's frontend bundle (Vaadin removes its marker file when a Maven run ends)
"$JAVA_HOME/bin/java" -Xmx1g -Dvaadin.productionMode=true -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.reintegration.portal.bench.BackupRestoreDrill 2>&1 | grep -E '^[0-9]\. |^   |^backup and restore|Exception|Caused by' 
