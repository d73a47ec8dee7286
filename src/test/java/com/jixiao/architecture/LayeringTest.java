package com.jixiao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package layering, checked on the compiled main classes: imports point one way, from the
 * command line down to the records. CONTRIBUTING.md draws the same picture in words.
 */
class LayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.jixiao");
  }

  @Test
  @DisplayName("each layer uses only the layers below it")
  void layersPointDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("cli")
        .definedBy("com.jixiao.cli..")
        .layer("job and services")
        .definedBy("com.jixiao.job..", "com.jixiao.service..", "com.jixiao.signoff..")
        .layer("writers and readers")
        .definedBy("com.jixiao.workbook..", "com.jixiao.render..", "com.jixiao.importer..")
        .layer("report")
        .definedBy("com.jixiao.report..")
        .layer("ranking")
        .definedBy("com.jixiao.ranking..", "com.jixiao.confirm..")
        .layer("money and calendar")
        .definedBy("com.jixiao.money..", "com.jixiao.calendar..")
        .layer("assess")
        .definedBy("com.jixiao.assess..")
        .layer("rules and texts")
        .definedBy("com.jixiao.rules..", "com.jixiao.i18n..")
        .layer("model")
        .definedBy("com.jixiao.model..")
        .layer("files")
        .definedBy("com.jixiao.files..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("job and services")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("writers and readers")
        .mayOnlyBeAccessedByLayers("cli", "job and services")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli", "job and services", "writers and readers")
        .whereLayer("ranking")
        .mayOnlyBeAccessedByLayers("cli", "job and services", "writers and readers", "report")
        .whereLayer("money and calendar")
        .mayOnlyBeAccessedByLayers(
            "cli", "job and services", "writers and readers", "report", "ranking")
        .whereLayer("assess")
        .mayOnlyBeAccessedByLayers(
            "cli",
            "job and services",
            "writers and readers",
            "report",
            "ranking",
            "money and calendar")
        .whereLayer("rules and texts")
        .mayOnlyBeAccessedByLayers(
            "cli",
            "job and services",
            "writers and readers",
            "report",
            "ranking",
            "money and calendar",
            "assess")
        .check(classes);
  }

  @Test
  @DisplayName("no two packages import each other, directly or through others")
  void noCycles() {
    slices().matching("com.jixiao.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  @DisplayName("the assessment core knows nothing of workbooks, templates, PDFs or files")
  void pureCore() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "com.jixiao.model..",
            "com.jixiao.rules..",
            "com.jixiao.assess..",
            "com.jixiao.ranking..",
            "com.jixiao.money..",
            "com.jixiao.confirm..",
            "com.jixiao.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.poi..",
            "freemarker..",
            "org.xhtmlrenderer..",
            "com.lowagie..",
            "java.nio.file..",
            "com.jixiao.files..")
        .check(classes);
  }

  @Test
  @DisplayName("the workbook package's shared core does not reach into its sub-packages")
  void workbookCoreBelowItsParts() {
    noClasses()
        .that()
        .resideInAPackage("com.jixiao.workbook")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.jixiao.workbook.input..",
            "com.jixiao.workbook.output..",
            "com.jixiao.workbook.graft..",
            "com.jixiao.workbook.template..")
        .check(classes);
  }
}
