# Multi-stage build for the evpair service.
#   docker build -t evpair .
#   docker compose up        (see docker-compose.yml: PostgreSQL + evpair)

# ---- build stage -------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# The build compiles the TypeScript client (README: prerequisites); Ubuntu 24.04's Node.js is 18.
RUN apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*

# POMs first, so the dependency layer is reused until a pom.xml changes.
COPY pom.xml mvnw ./
COPY .mvn/ .mvn/
COPY pairing-engine/pom.xml  pairing-engine/
COPY device-adapters/pom.xml device-adapters/
COPY persistence/pom.xml     persistence/
COPY api/pom.xml             api/
COPY app/pom.xml             app/
COPY clients/java/pom.xml       clients/java/
COPY clients/typescript/pom.xml clients/typescript/
# Best effort: the reactor's own io.evpair modules cannot be resolved yet, so
# this may fail part-way; whatever it downloaded still lands in the layer.
RUN mvn -B -q dependency:go-offline || true

# Then the sources. Whole module directories are copied because not every module
# has a src/ yet (COPY of a missing path fails); any target/ output that came along
# from the host is deleted before building so the jar is built from source only.
COPY pairing-engine/  pairing-engine/
COPY device-adapters/ device-adapters/
COPY persistence/     persistence/
COPY api/             api/
COPY app/             app/
COPY clients/         clients/
RUN rm -rf ./*/target ./clients/*/target ./clients/*/node_modules \
 && mvn -B -DskipTests package \
 && cp app/target/app-*.jar /build/evpair.jar

# ---- runtime stage -----------------------------------------------------------
FROM eclipse-temurin:17-jre

# Non-root user. It gets a home directory because, when no datasource is
# configured, the app runs in local mode and keeps an embedded PostgreSQL under
# ~/.evpair (embedded PostgreSQL also refuses to run as root).
RUN groupadd --system --gid 10001 evpair \
 && useradd --system --uid 10001 --gid evpair --create-home --home-dir /home/evpair \
            --shell /usr/sbin/nologin evpair

WORKDIR /app
COPY --from=build --chown=root:root /build/evpair.jar /app/evpair.jar

USER 10001:10001
EXPOSE 8080

# No HEALTHCHECK here: it is defined in docker-compose.yml (using bash, which the
# image has, rather than curl/wget) against /actuator/health/readiness.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/evpair.jar"]
