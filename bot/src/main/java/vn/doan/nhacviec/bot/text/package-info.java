/** Text helpers every feature may use (matching typed words without diacritics); no dependencies on features. */
package vn.doan.nhacviec.bot.text;
