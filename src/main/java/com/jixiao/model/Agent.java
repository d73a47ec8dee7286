package com.jixiao.model;

/** A row of Agents / 客服名单. Email fields are empty strings when not given. */
public record Agent(
    String id,
    String name,
    String team,
    Role role,
    int salaryLevel,
    String email,
    String managerEmail,
    boolean active) {}
