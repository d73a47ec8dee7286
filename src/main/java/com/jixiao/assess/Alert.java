package com.jixiao.assess;

import com.jixiao.i18n.Message;

/**
 * A warning for a manager or HR (Alerts / 预警): its severity, a type key (message key
 * "alert.type.&lt;type&gt;"), the subject (agent "KF001 张三", a team, or the workbook), and the
 * sentence.
 */
public record Alert(Severity severity, String type, String subject, Message message) {}
