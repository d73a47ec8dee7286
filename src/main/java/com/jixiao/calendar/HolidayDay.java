package com.jixiao.calendar;

import java.time.LocalDate;

/** A row of the built-in calendar: a public holiday, or a weekend day that is worked (调休上班). */
public record HolidayDay(LocalDate date, boolean workday, String nameZh, String nameEn) {}
