# The SOS portal on Payara Micro, as a production start: no demo data (SOS_DEMO=false); the first system admin
# comes from SOS_ADMIN_USERNAME/SOS_ADMIN_PASSWORD (or a one-time link printed to the log) and must set a new
# password at the first login. Embedded H2 in /data by default; set SOS_DB_URL (with SOS_DB_USER and
# SOS_DB_PASSWORD) for PostgreSQL. Runs as the unprivileged user "sos".
# Build: docker build -t sos-portal .
# Run:   docker run -p 8080:8080 -v sos-data:/data -e SOS_ADMIN_USERNAME=admin -e SOS_ADMIN_PASSWORD='…' sos-portal
# Docker images cannot be pulled on the CI machines, so this file is written for users and kept in step with the
# README, but not built in CI. A cluster of two with PostgreSQL and nginx: compose.yaml.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests install

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin sos \
    && mkdir -p /data && chown sos /data
WORKDIR /app
COPY --from=build /src/run.sh /app/run.sh
COPY --from=build /src/sos-micro/target/sos-portal.jar /app/sos-micro/target/sos-portal.jar
COPY --from=build /src/sos-micro/src/main/payara /app/sos-micro/src/main/payara
ENV SOS_DATA_DIR=/data SOS_BUILD=never SOS_PORT=8080 SOS_DEMO=false
USER sos
VOLUME /data
# 8080: HTTP; 6900: the data grid of a cluster (SOS_CLUSTER=true, compose.yaml, deploy/k8s; docs/cluster.md)
EXPOSE 8080 6900
ENTRYPOINT ["/app/run.sh"]
