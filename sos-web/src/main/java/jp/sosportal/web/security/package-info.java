/**
 * Who is calling: the one authentication mechanism (form login through the login page, HTTP Basic for the JSON
 * API), the identity store over the accounts table, and the page beans for login and logout and the two pages of a
 * password reset (asking for the link, setting the new password). A login session
 * carries its caller and groups itself, so any node of a cluster serves it, and names the answering node in
 * {@code X-SOS-Node}. Which data a caller may see is decided in the business components, not here.
 */
package jp.sosportal.web.security;
