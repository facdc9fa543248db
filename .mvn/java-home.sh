# Sourced by ./mvnw before it starts Maven: the build needs a JDK 21 or newer (the jOOQ and Vaadin
# plugins are compiled for it), while many machines still default to an older java. Keeps JAVA_HOME
# when it is 21+; otherwise takes the java on the PATH if that is 21+, else the newest 21+ JDK in the
# usual install folders; otherwise stops at once and says what to set.

mvnw_java_major() {
  "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\)[."].*/\1/p' | head -n 1
}

mvnw_is_jdk21() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  mvnw_major="$(mvnw_java_major "$1")"
  [ -n "$mvnw_major" ] && [ "$mvnw_major" -ge 21 ]
}

mvnw_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && mvnw_is_jdk21 "$JAVA_HOME"; then
    return 0
  fi
  mvnw_found=""
  if mvnw_javac="$(command -v javac 2>/dev/null)"; then
    mvnw_home="$(dirname "$(dirname "$(readlink -f "$mvnw_javac" 2>/dev/null || printf %s "$mvnw_javac")")")"
    if mvnw_is_jdk21 "$mvnw_home"; then
      mvnw_found="$mvnw_home"
    fi
  fi
  if [ -z "$mvnw_found" ]; then
    mvnw_best=0
    mvnw_noglob="$(set +o | grep noglob)"
    set +f
    for mvnw_home in /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
      if mvnw_is_jdk21 "$mvnw_home" && [ "$mvnw_major" -gt "$mvnw_best" ]; then
        mvnw_best="$mvnw_major"
        mvnw_found="$mvnw_home"
      fi
    done
    eval "$mvnw_noglob"
  fi
  if [ -n "$mvnw_found" ]; then
    if [ -n "${JAVA_HOME-}" ]; then
      echo "mvnw: JAVA_HOME=$JAVA_HOME is not a JDK 21 or newer; using $mvnw_found" >&2
    fi
    JAVA_HOME="$mvnw_found"
    export JAVA_HOME
    return 0
  fi
  echo "mvnw: this project needs a JDK 21 or newer, and none was found." >&2
  if [ -n "${JAVA_HOME-}" ]; then
    echo "mvnw: JAVA_HOME=$JAVA_HOME is Java $(mvnw_java_major "$JAVA_HOME")." >&2
  elif command -v java >/dev/null 2>&1; then
    echo "mvnw: the java on the PATH is: $(java -version 2>&1 | head -n 1)" >&2
  fi
  echo "mvnw: install one (e.g. the openjdk-21-jdk or temurin-21-jdk package) and set JAVA_HOME to its folder." >&2
  exit 1
}

mvnw_find_jdk
