/**
 * What every component stands on: the database migrations that run at startup (or once a database that was down
 * at startup answers, with the persistence unit's lazily connecting pools) and the readiness they report,
 * the one Asia/Tokyo clock, identity and versioning of entities, the Japanese labels bundle, the leases of
 * duties done once per cluster ({@code ClusterDuties}) and this node's name ({@code NodeName}), and telling a
 * database out of reach for a moment from other failures. It imports no component: the demo data that write into
 * them live in {@code demo}, on top.
 */
package jp.sosportal.platform;
