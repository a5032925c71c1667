/**
 * The 緊急配布要請 aggregate: its content, its status machine (未申請 → エラー有り / 都道府県・国確認中 → 受付完了),
 * the frozen check result it was submitted with, and its timeline of status changes.
 */
package jp.sosportal.request;
