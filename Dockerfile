# syntax=docker/dockerfile:1
# Build: docker build -t nhacviec .
# Run:   docker run -e TELEGRAM_BOT_TOKEN=... -v nhacviec-data:/app/var nhacviec
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY data/pom.xml data/pom.xml
COPY scheduler/pom.xml scheduler/pom.xml
COPY bot/pom.xml bot/pom.xml
RUN ./mvnw -B -q dependency:go-offline -DexcludeReactor=true || true
COPY data data
COPY scheduler scheduler
COPY bot bot
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
# charts need a font with Vietnamese letters
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home /app nhacviec
WORKDIR /app
COPY --from=build /src/bot/target/nhacviec.jar /app/nhacviec.jar
# config/ can be replaced by mounting another directory over /app/config
COPY config /app/config
RUN mkdir -p /app/var && chown -R nhacviec /app/var
USER nhacviec
ENV NHACVIEC_DATA_DIR=/app/var
VOLUME ["/app/var"]
# the bot touches var/heartbeat every 30 seconds while its scheduler is alive
HEALTHCHECK --interval=60s --timeout=5s --start-period=60s --retries=3 \
  CMD find /app/var/heartbeat -mmin -2 | grep -q heartbeat || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/nhacviec.jar"]
