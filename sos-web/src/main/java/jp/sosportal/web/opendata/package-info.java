/**
 * Open data for anyone, without a login: /opendata/requests.csv and /opendata/requests.json, the accepted
 * requests and the shipped quantities per day, prefecture and item, served from the reporting component's
 * cached snapshot with Cache-Control and an ETag so that repeated downloads cost nothing.
 */
package jp.sosportal.web.opendata;
