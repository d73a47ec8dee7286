package com.jixiao.model;

import java.time.LocalDate;

/** A row of Quality / 质检记录: one inspected chat log and its finding (or OK). */
public record QaRecord(
    LocalDate date, String agentId, QaCode code, String note, String inspector) {}
