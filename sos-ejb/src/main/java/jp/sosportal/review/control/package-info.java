/** Plain rules of the review component: what a new distribution must hold, and a bulk move's per-row outcome. */
package jp.sosportal.review.control;
