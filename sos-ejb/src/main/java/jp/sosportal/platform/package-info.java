/**
 * What every component stands on: the database migrations that run at startup and the readiness they report,
 * the one Asia/Tokyo clock, identity and versioning of entities, the Japanese labels bundle, the leases of
 * duties done once per cluster ({@code ClusterDuties}), the demo data of the embedded run, and telling a database
 * out of reach for a moment from other failures.
 */
package jp.sosportal.platform;
