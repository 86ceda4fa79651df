@echo off
@REM The command-line tool on Windows: complaints.cmd assess --complaints log.csv [options],
@REM complaints.cmd evidence --finding ID --complaints log.csv [options], or
@REM complaints.cmd explain --complaints log.csv [options]; --help lists them.
@REM The same as ./complaints: builds the tool with the Maven wrapper when it is missing or older than
@REM the sources, then runs it. Relative file names are read from the directory you run it in.
setlocal EnableExtensions EnableDelayedExpansion

set "ROOT=%~dp0"
if "%ROOT:~-1%"=="\" set "ROOT=%ROOT:~0,-1%"
set "TARGET=%ROOT%\examples\target"

call :find_jar
set "BUILD="
if not defined JAR set "BUILD=1"
if not exist "%TARGET%\lib" set "BUILD=1"
if not defined BUILD call :newer_sources
if defined BUILD (
    echo complaints: building the tool first ^(mvnw.cmd package^)... 1>&2
    rem Build output goes to stderr: stdout is the report.
    pushd "%ROOT%"
    if exist "%TARGET%\lib" rmdir /s /q "%TARGET%\lib"
    call "%ROOT%\mvnw.cmd" -q -B -DskipTests package 1>&2
    set "BUILT=!ERRORLEVEL!"
    popd
    if not "!BUILT!"=="0" exit /b 2
    call :find_jar
)
if not defined JAR (
    echo complaints: the build made no examples jar in %TARGET% 1>&2
    exit /b 2
)

rem Arguments may hold "!" (a title, a file name): no delayed expansion from here on.
setlocal DisableDelayedExpansion
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -cp "%JAR%;%TARGET%\lib\*" io.welt.complaints.examples.cli.Main %*
exit /b %ERRORLEVEL%

:find_jar
set "JAR="
for %%J in ("%TARGET%\examples-*.jar") do (
    set "NAME=%%~nxJ"
    if /i not "!NAME:~-12!"=="-sources.jar" if /i not "!NAME:~-12!"=="-javadoc.jar" if /i not "!NAME:~-10!"=="-tests.jar" set "JAR=%%~fJ"
)
exit /b 0

:newer_sources
rem A source, resource or pom changed since the jar was built (after a pull, or an edited rule).
rem PowerShell compares the times: cmd has no "newer than" of its own.
powershell -NoProfile -Command "$jar = (Get-Item -LiteralPath $env:JAR).LastWriteTimeUtc; $newer = Get-ChildItem -LiteralPath $env:ROOT -Recurse -File -ErrorAction SilentlyContinue | Where-Object { $_.FullName -notmatch '\\.git\\' -and ($_.FullName -match '\\src\\main\\' -or $_.Name -eq 'pom.xml') -and $_.LastWriteTimeUtc -gt $jar } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 set "BUILD=1"
exit /b 0
