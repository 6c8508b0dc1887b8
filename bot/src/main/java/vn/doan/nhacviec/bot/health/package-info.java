/**
 * What an operator watches: readiness (the workers, the Quartz scheduler, with Boot's database
 * check) and the application's own metrics, exported by Actuator on the management port.
 */
package vn.doan.nhacviec.bot.health;
