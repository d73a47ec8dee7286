package com.jixiao.model;

import java.time.LocalDate;

/** A row of Holidays / 节假日: a day off, or a weekend day that is worked (调休上班). */
public record HolidayEntry(LocalDate date, boolean workday, String name) {}
