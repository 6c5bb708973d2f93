# syntax=docker/dockerfile:1
# IoTDA batch-task emulator image.
#   docker build -t iotda-batch-emulator .
#   docker run --rm -p 127.0.0.1:8080:8080 iotda-batch-emulator
# Every setting comes from the environment (SPRING_DATASOURCE_URL, IOTDA_DEMO_ENABLED, ...): see the
# table in docs/configuration.md. Without SPRING_DATASOURCE_URL it runs on its embedded database.

# ---- build: the Maven wrapper on a JDK 17 ----
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Dependencies first: this layer is rebuilt only when the POM or the wrapper changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline

# Then the sources (.git too when the context has it: /actuator/info shows the commit; without it
# the build still passes and info has no git section).
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
    && cp target/iotda-batch-emulator-*.jar app.jar \
    && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---- run: a JRE 17, as a non-root user, one image layer per Boot layer ----
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 iotda \
    && useradd --system --uid 10001 --gid iotda --home-dir /app --no-create-home --shell /usr/sbin/nologin iotda
WORKDIR /app

# Least to most often changed, so a code change rebuilds only the last, small layer.
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./

# A fixed 256 MB heap (pom.xml's emulator.jvm.options): the live data is about 50 MB whatever the
# campaigns' size, and the process stays under 512 MB resident; override JAVA_TOOL_OPTIONS to change.
ENV JAVA_TOOL_OPTIONS="-Xmx256m -XX:+ExitOnOutOfMemoryError" \
    SERVER_PORT=8080

USER 10001:10001
EXPOSE 8080

# Ready = started, migrations run and the database answering. No curl in the JRE image: bash's /dev/tcp.
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -qE '^HTTP/[0-9.]+ 200'"]

# Exec form: the JVM is PID 1, gets SIGTERM and shuts down gracefully (server.shutdown=graceful).
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
