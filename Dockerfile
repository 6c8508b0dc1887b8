# syntax=docker/dockerfile:1
# Build: docker build -t nhacviec .
# Run:   docker run -e TELEGRAM_BOT_TOKEN=... -v nhacviec-data:/app/var nhacviec
# Several instances on PostgreSQL: compose.yaml (see the README).
FROM eclipse-temurin:17-jdk AS build
# a failing command in a pipeline fails the build
SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY data/pom.xml data/pom.xml
COPY scheduler/pom.xml scheduler/pom.xml
COPY bot/pom.xml bot/pom.xml
COPY data data
COPY scheduler scheduler
COPY bot bot
# the Maven repository is a build cache: a second build downloads nothing; any error stops the build
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package && test -s bot/target/nhacviec.jar

FROM eclipse-temurin:17-jre
SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
# charts need a font with Vietnamese letters; curl asks the readiness probe
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home /app nhacviec
WORKDIR /app
COPY --from=build /src/bot/target/nhacviec.jar /app/nhacviec.jar
COPY docker/entrypoint.sh /app/entrypoint.sh
# config/ can be replaced by mounting another directory over /app/config
COPY config /app/config
RUN mkdir -p /app/var && chown -R nhacviec /app/var && chmod 0750 /app/var
USER nhacviec
ENV NHACVIEC_DATA_DIR=/app/var \
    NON_HEAP_MB=180
VOLUME ["/app/var"]
# 8080: webhooks and signed file links (on every interface only when one is configured);
# the management port 8081 stays on 127.0.0.1 inside the container unless MANAGEMENT_SERVER_ADDRESS is set
EXPOSE 8080
# ready = database answers, outbox dispatcher and receivers alive, Quartz running
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8081/actuator/health/readiness > /dev/null || exit 1
ENTRYPOINT ["/app/entrypoint.sh"]
