/**
 * Who may do what where: {@link vn.doan.nhacviec.bot.access.AccessPolicy} decides,
 * {@link vn.doan.nhacviec.bot.access.UnitScope} answers (and audits) every question about a unit,
 * a chat or a duty's issuer for the features.
 */
@ApplicationModule(allowedDependencies = "core")
package vn.doan.nhacviec.bot.access;

import org.springframework.modulith.ApplicationModule;
