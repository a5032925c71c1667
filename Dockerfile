# The SOS portal on Payara Micro. Embedded H2 in /data by default; set SOS_DB_URL (with SOS_DB_USER and
# SOS_DB_PASSWORD) for PostgreSQL. Build: docker build -t sos-portal .   Run: docker run -p 8080:8080 sos-portal
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests install

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/run.sh /app/run.sh
COPY --from=build /src/sos-micro/target/sos-portal.jar /app/sos-micro/target/sos-portal.jar
COPY --from=build /src/sos-micro/src/main/payara /app/sos-micro/src/main/payara
ENV SOS_DATA_DIR=/data SOS_BUILD=never SOS_PORT=8080
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["/app/run.sh"]
