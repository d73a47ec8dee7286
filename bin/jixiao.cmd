@echo off
rem jixiao launcher for Windows: UTF-8 console and files, memory flags for large workbooks.
rem
rem   bin\jixiao.cmd run month.xlsx --out out
rem
rem Environment: JIXIAO_JAVA (the java to run; default %JAVA_HOME%\bin\java.exe, else java),
rem JIXIAO_JAVA_OPTS (more JVM options, e.g. -Xmx4g), JIXIAO_JAR (the jar; default beside bin\),
rem JIXIAO_TUNING (off: Java's own compiler and collector choices). Class-data sharing, which
rem bin/jixiao sets up, is left out here.
setlocal
set "HERE=%~dp0"
if defined JIXIAO_JAR (set "JAR=%JIXIAO_JAR%") else (set "JAR=%HERE%..\jixiao.jar")
if not exist "%JAR%" if exist "%HERE%..\target\jixiao.jar" set "JAR=%HERE%..\target\jixiao.jar"
if defined JIXIAO_JAVA (set "JAVA=%JIXIAO_JAVA%") else if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")

rem The console in UTF-8 (code page 65001), so Chinese messages show as Chinese.
rem File names are not set to UTF-8 here: Windows hands Java its names in UTF-16 and its
rem arguments in the system code page (GBK on a Chinese Windows), which Java reads correctly.
chcp 65001 >nul

rem UTF-8 file contents and console; at most half the memory for the heap (the Java default is a quarter).
set "JIXIAO_DEFAULT_OPTS=-XX:MaxRAMPercentage=50 -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8"

rem The quick compiler alone and the serial collector: a month is one short burst of work, and on a
rem small machine the optimising compiler and G1's threads take a core from it (see bin/jixiao and
rem the README for the measurements). JIXIAO_TUNING=off leaves the choice to Java.
set "JIXIAO_STARTUP_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%JIXIAO_TUNING%"=="off" set "JIXIAO_STARTUP_OPTS="

"%JAVA%" %JIXIAO_DEFAULT_OPTS% %JIXIAO_STARTUP_OPTS% %JIXIAO_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
