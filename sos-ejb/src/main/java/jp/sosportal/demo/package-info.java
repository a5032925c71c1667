/**
 * The demo data of the embedded run: institutions, one account per role and surveys dated relative to today, so
 * that the README's accounts and check results hold on any day. It stands on top of the components whose entities
 * it writes and nothing depends on it, so the ground floor ({@code platform}) knows of no demo.
 */
package jp.sosportal.demo;
