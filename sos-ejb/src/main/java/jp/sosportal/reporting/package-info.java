/**
 * Reporting: read-only views over many requests for reviewers, the public and the system admin (the home's
 * counts). It owns the reviewers' export of
 * the table's rows (same query, reach and order as the table, page by page), the dashboard's aggregates and the
 * open data of accepted requests and distributions, all aggregated in SQL. It writes nothing and keeps no entity
 * of its own: approvals and distributions are read with plain SQL from the tables the review component writes.
 */
package jp.sosportal.reporting;
