/**
 * What every page shares: Japanese messages from the bundle, the refusal of Internet Explorer, and the layout's
 * helpers (a lazy table, a CSV export, a file taken in two steps), the 503 answer when the database is out of reach
 * for a moment, and the check of the key that encrypts the view state kept in the pages. Pages themselves live in
 * one package per area (home, sos, survey, review …).
 */
package jp.sosportal.web.platform;
