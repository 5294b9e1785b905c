<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MeterProfileParser</name>
    <message>
        <location filename="../core/collect/MeterProfileParser.cpp" line="+38"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>geen geldige JSON op positie %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level must be a JSON object</source>
        <translation>het hoogste niveau moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>formatVersion must be 1</source>
        <translation>formatVersion moet 1 zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id &quot;%1&quot; must use lowercase letters, digits and &apos;-&apos;</source>
        <translation>id &quot;%1&quot; mag alleen kleine letters, cijfers en &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enterprisePrefixes must be a non-empty array of OIDs</source>
        <translation>enterprisePrefixes moet een niet-lege array van OID&apos;s zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enterprisePrefixes: &quot;%1&quot; is not an OID below 1.3.6.1.4.1.&lt;enterprise&gt;</source>
        <translation>enterprisePrefixes: &quot;%1&quot; is geen OID onder 1.3.6.1.4.1.&lt;enterprise&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>counters must be a non-empty array</source>
        <translation>counters moet een niet-lege array zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+89"/>
        <source>%1: must be an object</source>
        <translation>%1: moet een object zijn</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1: kind must be &quot;scalar&quot; or &quot;table&quot;</source>
        <translation>%1: kind moet &quot;scalar&quot; of &quot;table&quot; zijn</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: keyColumn and unitColumn must differ from column</source>
        <translation>%1: keyColumn en unitColumn moeten verschillen van column</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give either unit or unitColumn, not both</source>
        <translation>%1: geef unit of unitColumn, niet allebei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unitColumn needs a non-empty units object</source>
        <translation>%1: unitColumn vereist een niet-leeg units-object</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.units: unknown unit &quot;%2&quot;</source>
        <translation>%1.units: onbekende eenheid &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: units needs a unitColumn</source>
        <translation>%1: units vereist een unitColumn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: rows must be a non-empty array</source>
        <translation>%1: rows moet een niet-lege array zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.rows[%2]: match &quot;%3&quot; appears twice</source>
        <translation>%1.rows[%2]: match &quot;%3&quot; komt twee keer voor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the table takes units from its unitColumn; a row cannot set unit</source>
        <translation>%1: de tabel haalt de eenheden uit de unitColumn; een rij kan geen unit instellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: onbekende sleutel &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 must be a non-empty string</source>
        <translation>%1: %2 moet een niet-lege tekenreeks zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 must be a numeric OID such as &quot;1.3.6.1.4.1...&quot;</source>
        <translation>%1: %2 moet een numerieke OID zijn, zoals &quot;1.3.6.1.4.1...&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown meter name &quot;%2&quot; (see resources/meters/README.md)</source>
        <translation>%1: onbekende tellernaam &quot;%2&quot; (zie resources/meters/README.md)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown unit &quot;%2&quot; (one of %3)</source>
        <translation>%1: onbekende eenheid &quot;%2&quot; (een van %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: scale must be a number greater than 0</source>
        <translation>%1: scale moet een getal groter dan 0 zijn</translation>
    </message>
</context>
<context>
    <name>MeterProfileSet</name>
    <message>
        <location filename="../core/collect/MeterProfileSet.cpp" line="+39"/>
        <source>%1: meter profile directory not found</source>
        <translation>%1: map met tellerprofielen niet gevonden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: larger than %2 bytes, not a meter profile</source>
        <translation>%1: groter dan %2 bytes, geen tellerprofiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: id &quot;%2&quot; is already used by %3; file ignored</source>
        <translation>%1: id &quot;%2&quot; wordt al gebruikt door %3; bestand genegeerd</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: enterprise prefix %2 is also claimed by %3, which wins</source>
        <translation>%1: enterprise-prefix %2 wordt ook geclaimd door %3, dat voorrang krijgt</translation>
    </message>
</context>
<context>
    <name>fleet</name>
    <message>
        <location filename="../core/util/Autostart.cpp" line="+43"/>
        <source>Cannot create the directory of %1.</source>
        <translation>Kan de map van %1 niet aanmaken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>fleet::AppSettings</name>
    <message>
        <location filename="../core/util/AppSettings.cpp" line="+73"/>
        <source>The settings could not be saved to %1.</source>
        <translation>De instellingen konden niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The poll interval must be between 1 minute and 24 hours.</source>
        <translation>Het uitleesinterval moet tussen 1 minuut en 24 uur liggen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The discovery interval must be between 1 hour and 7 days.</source>
        <translation>Het interval van de netwerkscan moet tussen 1 uur en 7 dagen liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The discovery needs a valid time of day.</source>
        <translation>De netwerkscan heeft een geldig tijdstip nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A scheduled discovery needs at least one target.</source>
        <translation>Een geplande netwerkscan heeft minstens één doel nodig.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The language %1 is not available.</source>
        <translation>De taal %1 is niet beschikbaar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The &quot;not reporting&quot; threshold must be between 1 hour and 30 days.</source>
        <translation>De drempel voor &quot;rapporteert niet&quot; moet tussen 1 uur en 30 dagen liggen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The automatic lock must be between 1 minute and 24 hours, or 0 for never.</source>
        <translation>De automatische vergrendeling moet tussen 1 minuut en 24 uur liggen, of 0 voor nooit.</translation>
    </message>
</context>
<context>
    <name>fleet::Autostart</name>
    <message>
        <location filename="../core/util/Autostart.cpp" line="+62"/>
        <location line="+12"/>
        <source>Cannot remove %1.</source>
        <translation>Kan %1 niet verwijderen.</translation>
    </message>
</context>
<context>
    <name>fleet::ProfileRoot</name>
    <message>
        <location filename="../core/util/ProfileRoot.cpp" line="+33"/>
        <source>Cannot create the profile directory %1.</source>
        <translation>Kan de profielmap %1 niet aanmaken.</translation>
    </message>
</context>
<context>
    <name>fleet::RotatingLog</name>
    <message>
        <location filename="../core/util/RotatingLog.cpp" line="+35"/>
        <location line="+34"/>
        <source>Cannot write the log file %1: %2</source>
        <translation>Kan het logbestand %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>fleet::SingleInstance</name>
    <message>
        <location filename="../core/util/SingleInstance.cpp" line="+91"/>
        <source>Another Fleetkeeper is running with this profile but does not answer.</source>
        <translation>Er draait al een Fleetkeeper met dit profiel, maar die reageert niet.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot listen for other launches on %1: %2</source>
        <translation>Kan niet luisteren naar andere starts op %1: %2</translation>
    </message>
</context>
<context>
    <name>fleet::actions</name>
    <message>
        <location filename="../core/actions/ActionTypes.cpp" line="+58"/>
        <source>Refresh status</source>
        <translation>Status vernieuwen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot</source>
        <translation>Herstarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print a test page</source>
        <translation>Een testpagina afdrukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware upgrade</source>
        <translation>Firmware-upgrade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Troubleshoot</source>
        <translation>Problemen oplossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the web page</source>
        <translation>De webpagina openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start device management</source>
        <translation>Apparaatbeheer starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop device management</source>
        <translation>Apparaatbeheer stoppen</translation>
    </message>
    <message>
        <location filename="../core/actions/SnmpCall.cpp" line="+94"/>
        <source>The name %1 does not resolve: %2</source>
        <translation>De naam %1 wordt niet omgezet: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The agent answered %1 (variable %2).</source>
        <translation>De agent antwoordde %1 (variabele %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent has no %1 (%2).</source>
        <translation>De agent heeft geen %1 (%2).</translation>
    </message>
    <message>
        <location filename="../core/actions/ActionPolicyChange.cpp" line="+50"/>
        <source>A remote request waits 1 to %1 hours for consent, not %2.</source>
        <translation>Een extern verzoek wacht 1 tot %1 uur op toestemming, niet %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The settings file %1 could not be written.</source>
        <translation>Het instellingenbestand %1 kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::Action</name>
    <message>
        <location filename="../core/actions/Action.cpp" line="+21"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::ActionPolicy</name>
    <message>
        <location filename="../core/actions/ActionPolicy.cpp" line="+132"/>
        <location line="+33"/>
        <source>The action &quot;%1&quot; is disabled by an administrator.</source>
        <translation>De actie &quot;%1&quot; is uitgeschakeld door een beheerder.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Remote action &quot;%1&quot; denied: the agent is in locked-down mode.</source>
        <translation>Externe actie &quot;%1&quot; geweigerd: de agent staat in vergrendelde modus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote action &quot;firmware&quot; denied: firmware is only upgraded from a file an administrator gives on this machine.</source>
        <translation>Externe actie &quot;firmware&quot; geweigerd: een firmware-upgrade gebeurt alleen vanuit een bestand dat een beheerder op deze computer opgeeft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remote action &quot;%1&quot; denied by policy: it is not in the list of allowed actions.</source>
        <translation>Externe actie &quot;%1&quot; geweigerd door het beleid: deze staat niet in de lijst met toegestane acties.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote action &quot;%1&quot; denied by policy: this agent does not accept actions from the server.</source>
        <translation>Externe actie &quot;%1&quot; geweigerd door het beleid: deze agent accepteert geen acties van de server.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remote action &quot;%1&quot; is awaiting consent: it runs only once a person approves it.</source>
        <translation>Externe actie &quot;%1&quot; wacht op toestemming: deze wordt pas uitgevoerd nadat iemand haar goedkeurt.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::ActionRunner</name>
    <message>
        <location filename="../core/actions/ActionRunner.cpp" line="+140"/>
        <source>No database to record the run in.</source>
        <translation>Er is geen database om de uitvoering in vast te leggen.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::FirmwareAction</name>
    <message>
        <location filename="../core/actions/FirmwareAction.cpp" line="+31"/>
        <source>Sending firmware: %1 of %2 bytes</source>
        <translation>Firmware verzenden: %1 van %2 bytes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Neither the file name nor the file header names the model %1: check that this firmware is meant for the device.</source>
        <translation>Noch de bestandsnaam noch de bestandskop noemt het model %1: controleer of deze firmware voor het apparaat bedoeld is.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A firmware upgrade needs explicit confirmation.</source>
        <translation>Een firmware-upgrade vereist een uitdrukkelijke bevestiging.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The firmware file %1 cannot be read: %2</source>
        <translation>Het firmwarebestand %1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The firmware file %1 is empty.</source>
        <translation>Het firmwarebestand %1 is leeg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking that %1 is idle…</source>
        <translation>Controleren of %1 inactief is…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 does not answer, so it cannot be checked to be idle: %2</source>
        <translation>%1 antwoordt niet, dus er kan niet worden gecontroleerd of het inactief is: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not idle (printer status: %2); try again when it is.</source>
        <translation>%1 is niet inactief (printerstatus: %2); probeer het opnieuw wanneer het inactief is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending %1 to %2:%3…</source>
        <translation>%1 verzenden naar %2:%3…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The firmware was not sent completely: %1</source>
        <translation>De firmware is niet volledig verzonden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firmware sent; waiting for %1 to answer again…</source>
        <translation>Firmware verzonden; wachten tot %1 weer antwoordt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The firmware was sent, but %1 has not answered within %2 s.</source>
        <translation>De firmware is verzonden, maar %1 heeft binnen %2 s niet geantwoord.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Firmware sent to %1; it still reports version %2 (some devices apply it only after a restart).</source>
        <translation>Firmware verzonden naar %1; het meldt nog steeds versie %2 (sommige apparaten passen de firmware pas na een herstart toe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firmware sent to %1; version %2 → %3.</source>
        <translation>Firmware verzonden naar %1; versie %2 → %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Firmware upgrade cancelled after %1 of %2 bytes.</source>
        <translation>Firmware-upgrade geannuleerd na %1 van %2 bytes.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::JobSender</name>
    <message>
        <location filename="../core/actions/JobSender.cpp" line="+27"/>
        <source>The device closed the connection after %1 of %2 bytes.</source>
        <translation>Het apparaat heeft de verbinding verbroken na %1 van %2 bytes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection to %1:%2 failed: %3</source>
        <translation>Verbinding met %1:%2 mislukt: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connection to %1:%2 within %3 ms.</source>
        <translation>Geen verbinding met %1:%2 binnen %3 ms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device accepted no data for %1 ms (after %2 of %3 bytes).</source>
        <translation>Het apparaat heeft %1 ms lang geen gegevens geaccepteerd (na %2 van %3 bytes).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to send.</source>
        <translation>Niets om te verzenden.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The LPR server refused the job (answer %1 in step %2).</source>
        <translation>De LPR-server weigerde de taak (antwoord %1 in stap %2).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The LPR server sent an unexpected answer.</source>
        <translation>De LPR-server stuurde een onverwacht antwoord.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the file failed after %1 bytes: %2</source>
        <translation>Het lezen van het bestand is mislukt na %1 bytes: %2</translation>
    </message>
</context>
<context>
    <name>fleet::actions::PollOnce</name>
    <message>
        <location filename="../core/actions/PollOnce.cpp" line="+77"/>
        <source>The poll ended without a result.</source>
        <translation>De uitlezing is zonder resultaat geëindigd.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::RebootAction</name>
    <message>
        <location filename="../core/actions/RebootAction.cpp" line="+39"/>
        <source>No write credential for %1: a reboot needs the separate SNMP write credential.</source>
        <translation>Geen toegangsgegevens voor schrijven voor %1: een herstart vereist de aparte SNMP-toegangsgegevens voor schrijven.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No read credential for %1.</source>
        <translation>Geen toegangsgegevens voor lezen voor %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the uptime of %1…</source>
        <translation>De uptime van %1 uitlezen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 does not answer, so it was not rebooted: %2</source>
        <translation>%1 antwoordt niet en is daarom niet herstart: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending the reset to %1…</source>
        <translation>De reset naar %1 verzenden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reset was sent but not answered.</source>
        <translation>De reset is verzonden, maar niet beantwoord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused the reset: %2</source>
        <translation>%1 weigerde de reset: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset accepted; waiting for %1 to come back…</source>
        <translation>Reset geaccepteerd; wachten tot %1 terug is…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 rebooted and came back after %2 s.</source>
        <translation>%1 is herstart en was na %2 s terug.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has not answered since it went down</source>
        <translation>het heeft niet meer geantwoord sinds het uitviel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it answers, but its uptime did not restart</source>
        <translation>het antwoordt, maar de uptime is niet opnieuw begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it kept running without restarting</source>
        <translation>het bleef draaien zonder te herstarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not come back within %2 s: %3.</source>
        <translation>%1 was niet binnen %2 s terug: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answers but has not restarted yet…</source>
        <translation>%1 antwoordt, maar is nog niet herstart…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not answering (rebooting?)…</source>
        <translation>%1 antwoordt niet (wordt het herstart?)…</translation>
    </message>
</context>
<context>
    <name>fleet::actions::ScopeAction</name>
    <message>
        <location filename="../core/actions/ScopeAction.cpp" line="+14"/>
        <source>%1 is not a stored device, so it cannot be managed.</source>
        <translation>%1 is geen opgeslagen apparaat en kan daarom niet worden beheerd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The change could not be stored: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is managed: polled and uploaded again.</source>
        <translation>%1 wordt beheerd: het wordt weer uitgelezen en geüpload.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer managed: not polled or uploaded.</source>
        <translation>%1 wordt niet meer beheerd: het wordt niet uitgelezen of geüpload.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::StatusAction</name>
    <message>
        <location filename="../core/actions/StatusAction.cpp" line="+9"/>
        <source>Polling %1…</source>
        <translation>%1 uitlezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 did not answer: %2</source>
        <translation>%1 antwoordde niet: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 (printer: %3).</source>
        <translation>%1 is %2 (printer: %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The result could not be stored: %1</source>
        <translation>Het resultaat kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::TestPageAction</name>
    <message>
        <location filename="../core/actions/TestPageAction.cpp" line="+11"/>
        <source>Sending the test page…</source>
        <translation>De testpagina verzenden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Test page sent to %1.</source>
        <translation>Testpagina verzonden naar %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test page was not sent: %1</source>
        <translation>De testpagina is niet verzonden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Connecting to %1:%2…</source>
        <translation>Verbinden met %1:%2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>fleet::actions::TroubleshootAction</name>
    <message>
        <location filename="../core/actions/TroubleshootAction.cpp" line="+22"/>
        <source>DNS name to address</source>
        <translation>DNS: naam naar adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS address to name</source>
        <translation>DNS: adres naar naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP port %1</source>
        <translation>TCP-poort %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SNMP with profile %1</source>
        <translation>SNMP met profiel %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All %1 checks passed for %2.</source>
        <translation>Alle %1 controles geslaagd voor %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 checks failed for %3: %4</source>
        <translation>%1 van %2 controles mislukt voor %3: %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 is an address; no name to look up.</source>
        <translation>%1 is een adres; er is geen naam om op te zoeken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not resolve: %2</source>
        <translation>%1 wordt niet omgezet: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No address to look up.</source>
        <translation>Geen adres om op te zoeken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no name in DNS.</source>
        <translation>%1 heeft geen naam in DNS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is named %2</source>
        <translation>%1 heet %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No ping program on this machine.</source>
        <translation>Geen ping-programma op deze computer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answers in %2 ms</source>
        <translation>%1 antwoordt in %2 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 answers</source>
        <translation>%1 antwoordt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not answer ping.</source>
        <translation>%1 antwoordt niet op ping.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ping could not be started: %1</source>
        <translation>ping kon niet worden gestart: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:%2 accepts connections.</source>
        <translation>%1:%2 accepteert verbindingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2 did not answer within %3 ms (filtered?).</source>
        <translation>%1:%2 antwoordde niet binnen %3 ms (gefilterd?).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answers: %1</source>
        <translation>Antwoorden: %1</translation>
    </message>
</context>
<context>
    <name>fleet::actions::WebPageAction</name>
    <message>
        <location filename="../core/actions/WebPageAction.cpp" line="+18"/>
        <source>Trying HTTPS…</source>
        <translation>HTTPS proberen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trying HTTP…</source>
        <translation>HTTP proberen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Web page of %1: %2</source>
        <translation>Webpagina van %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 serves no web page (HTTPS and HTTP closed).</source>
        <translation>%1 biedt geen webpagina aan (HTTPS en HTTP gesloten).</translation>
    </message>
</context>
<context>
    <name>fleet::alerting</name>
    <message>
        <location filename="../core/alerting/AlertProfile.cpp" line="+159"/>
        <source>An alert profile needs a name.</source>
        <translation>Een meldingsprofiel heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert profile %1 needs at least one recipient.</source>
        <translation>Meldingsprofiel %1 heeft minstens één ontvanger nodig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert profile %1 limits devices by %2 but names none.</source>
        <translation>Meldingsprofiel %1 beperkt apparaten op %2, maar noemt er geen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digest hour must be between 0 and 23.</source>
        <translation>Het uur van het overzichtsbericht moet tussen 0 en 23 liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reminder interval cannot be negative.</source>
        <translation>Het herinneringsinterval kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../core/alerting/TestMail.cpp" line="+31"/>
        <source>No SMTP server is configured.</source>
        <translation>Er is geen SMTP-server geconfigureerd.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The test mail vanished from the queue.</source>
        <translation>De testmail is uit de wachtrij verdwenen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Enter the server and the sender address first.</source>
        <translation>Vul eerst de server en het afzenderadres in.</translation>
    </message>
    <message>
        <location filename="../core/alerting/SmtpSender.cpp" line="+213"/>
        <source>the connection</source>
        <translation>de verbinding</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the message</source>
        <translation>het bericht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SMTP %1 requires authentication, but no user name is set in the SMTP settings. The server answered %2 with: %3</source>
        <translation>SMTP %1 vereist authenticatie, maar in de SMTP-instellingen is geen gebruikersnaam ingesteld. De server antwoordde op %2 met: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP %1 requires authentication, and the login as %2 did not take place. The server answered %3 with: %4</source>
        <translation>SMTP %1 vereist authenticatie, en de aanmelding als %2 heeft niet plaatsgevonden. De server antwoordde op %3 met: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP %1 rejected the login as %2. The server said: %3</source>
        <translation>SMTP %1 heeft de aanmelding als %2 geweigerd. De server zei: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP %1 refused the sender %2. The server said: %3</source>
        <translation>SMTP %1 heeft de afzender %2 geweigerd. De server zei: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP %1 refused the recipient %2. The server said: %3</source>
        <translation>SMTP %1 heeft de ontvanger %2 geweigerd. De server zei: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP %1 refused the message. The server said: %2</source>
        <translation>SMTP %1 heeft het bericht geweigerd. De server zei: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP %1 cannot take the message for now (a temporary failure at %2). The server said: %3</source>
        <translation>SMTP %1 kan het bericht op dit moment niet aannemen (een tijdelijke fout bij %2). De server zei: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SMTP %1 refused %2. The server said: %3</source>
        <translation>SMTP %1 heeft %2 geweigerd. De server zei: %3</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Not delivered to %1: the server refused the address (%2).</source>
        <translation>Niet afgeleverd aan %1: de server heeft het adres geweigerd (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not delivered to %1: the server refused it for now (%2).</source>
        <translation>Niet afgeleverd aan %1: de server heeft het voorlopig geweigerd (%2).</translation>
    </message>
    <message>
        <location filename="../core/alerting/SmtpSettingsChange.cpp" line="+25"/>
        <source>The SMTP port must be between 1 and 65535, not %1.</source>
        <translation>De SMTP-poort moet tussen 1 en 65535 liggen, niet %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SMTP timeout must be at least one second.</source>
        <translation>De SMTP-time-out moet minstens één seconde zijn.</translation>
    </message>
</context>
<context>
    <name>fleet::alerting::AlertProfileRepository</name>
    <message>
        <location filename="../core/alerting/AlertProfile.cpp" line="+41"/>
        <location line="+18"/>
        <source>An alert profile named %1 exists already.</source>
        <translation>Er bestaat al een meldingsprofiel met de naam %1.</translation>
    </message>
</context>
<context>
    <name>fleet::alerting::NotificationQueue</name>
    <message numerus="yes">
        <location filename="../core/alerting/NotificationQueue.cpp" line="+132"/>
        <source>Queued again for the %n address(es) refused for now, as notification %1.</source>
        <translation>
            <numerusform>Opnieuw in de wachtrij gezet voor het %n voorlopig geweigerde adres, als melding %1.</numerusform>
            <numerusform>Opnieuw in de wachtrij gezet voor de %n voorlopig geweigerde adressen, als melding %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::alerting::SmtpSender</name>
    <message>
        <location filename="../core/alerting/SmtpSender.cpp" line="+12"/>
        <source>No SMTP server is configured (see &apos;fleetkeeper-cli alert-profiles smtp&apos;).</source>
        <translation>Er is geen SMTP-server ingesteld (zie &apos;fleetkeeper-cli alert-profiles smtp&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message has no recipient.</source>
        <translation>Het bericht heeft geen ontvanger.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>libcurl could not be initialised.</source>
        <translation>libcurl kon niet worden geïnitialiseerd.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>SMTP %1: %2</source>
        <translation>SMTP %1: %2</translation>
    </message>
</context>
<context>
    <name>fleet::alerting::ThresholdSettings</name>
    <message>
        <location filename="../core/alerting/ThresholdSettings.cpp" line="+42"/>
        <source>A supply below this level is low (percent)</source>
        <translation>Een verbruiksartikel onder dit niveau is bijna op (procent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supply expected to run out within this many days is reported (days)</source>
        <translation>Een verbruiksartikel dat naar verwachting binnen zoveel dagen leeg is, wordt gemeld (dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A device is not answering after this many failed polls in a row</source>
        <translation>Een apparaat antwoordt niet na zoveel mislukte uitlezingen op rij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A counter that went down or a changed IP address stays reported this long (hours)</source>
        <translation>Een gedaalde teller of een gewijzigd IP-adres blijft zo lang gemeld (uren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploads to the remote-services server failing for this long are reported (days)</source>
        <translation>Uploads naar de remote-servicesserver die zo lang mislukken, worden gemeld (dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command polls failing for this long are reported (hours)</source>
        <translation>Het opvragen van opdrachten dat zo lang mislukt, wordt gemeld (uren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate expiring within this many days is reported (days)</source>
        <translation>Een certificaat dat binnen zoveel dagen verloopt, wordt gemeld (dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database&apos;s disk is nearly full below this much free space (percent)</source>
        <translation>De schijf van de database is bijna vol onder zoveel vrije ruimte (procent)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 must be between %2 and %3, not %4.</source>
        <translation>%1 moet tussen %2 en %3 liggen, niet %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes a whole number, not %2.</source>
        <translation>%1 vraagt een geheel getal, niet %2.</translation>
    </message>
</context>
<context>
    <name>fleet::cli</name>
    <message>
        <location filename="../core/cli/AgentCommand.cpp" line="+21"/>
        <source>Show the agent host&apos;s identity.</source>
        <translation>De identiteit van de agenthost tonen.</translation>
    </message>
    <message>
        <location filename="../core/cli/CliApp.cpp" line="+126"/>
        <source>Unknown command %1.</source>
        <translation>Onbekende opdracht %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/CommonOptions.cpp" line="+14"/>
        <source>Profile directory (config, database, logs).</source>
        <translation>Profielmap (configuratie, database, logboeken).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-readable JSON output.</source>
        <translation>Machineleesbare JSON-uitvoer.</translation>
    </message>
    <message>
        <location filename="../core/cli/CredentialOptions.cpp" line="+23"/>
        <source>SNMPv1/v2c community (repeatable: tried in order).</source>
        <translation>SNMPv1/v2c-community (herhaalbaar: in volgorde geprobeerd).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version for --community: 1 or 2c (default 2c).</source>
        <translation>Versie voor --community: 1 of 2c (standaard 2c).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMPv3 user name.</source>
        <translation>SNMPv3-gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>noAuthNoPriv, authNoPriv or authPriv (default: from the passwords given).</source>
        <translation>noAuthNoPriv, authNoPriv of authPriv (standaard: afgeleid van de opgegeven wachtwoorden).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512.</source>
        <translation>MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Authentication passphrase.</source>
        <translation>Wachtwoordzin voor authenticatie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>PASS</source>
        <translation>WACHTWOORD</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>DES, AES-128, AES-192, AES-256, AES-192-C, AES-256-C.</source>
        <translation>DES, AES-128, AES-192, AES-256, AES-192-C, AES-256-C.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy passphrase.</source>
        <translation>Wachtwoordzin voor privacy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMPv3 context name.</source>
        <translation>SNMPv3-contextnaam.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored credential profile to try (repeatable).</source>
        <translation>Opgeslagen toegangsprofiel om te proberen (herhaalbaar).</translation>
    </message>
    <message>
        <location filename="../core/cli/AlertsCommand.cpp" line="+89"/>
        <source>severity</source>
        <translation>ernst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>apparaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>first seen</source>
        <translation>eerst gezien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>toestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cleared %1</source>
        <translation>opgeheven %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, acknowledged by %1 at %2</source>
        <translation>, bevestigd door %1 op %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open: %1 critical, %2 warning, %3 other; %4 not acknowledged.</source>
        <translation>Open: %1 kritiek, %2 waarschuwing, %3 overig; %4 niet bevestigd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--all and --cleared exclude each other.</source>
        <translation>--all en --cleared sluiten elkaar uit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--severity takes critical, warning or other, not %1.</source>
        <translation>--severity accepteert critical, warning of other, niet %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 matches several devices; use the id.</source>
        <translation>%1 komt overeen met meerdere apparaten; gebruik het id.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>alerts ack does not take --%1.</source>
        <translation>alerts ack accepteert geen --%1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alerts ack needs the id of at least one alert (see &apos;fleetkeeper-cli alerts&apos;).</source>
        <translation>alerts ack heeft het id van minstens één melding nodig (zie &apos;fleetkeeper-cli alerts&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alerts ack needs --note TEXT: say why (it may be empty: --note &quot;&quot;).</source>
        <translation>alerts ack heeft --note TEKST nodig: geef aan waarom (het mag leeg zijn: --note &quot;&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an alert id.</source>
        <translation>%1 is geen meldings-id.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Alert %1 acknowledged by %2.</source>
        <translation>Melding %1 bevestigd door %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert %1 was already acknowledged; kept as it was (--replace overwrites).</source>
        <translation>Melding %1 was al bevestigd; ongewijzigd gelaten (--replace overschrijft).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open and cleared alerts.</source>
        <translation>Open en opgeheven meldingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only cleared alerts.</source>
        <translation>Alleen opgeheven meldingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this severity: critical, warning or other (repeatable).</source>
        <translation>Alleen deze ernst: critical, warning of other (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ack: the name recorded on the alerts (default: the acting user).</source>
        <translation>ack: de naam die bij de meldingen wordt vastgelegd (standaard: de handelende gebruiker).</translation>
    </message>
    <message>
        <location filename="../core/cli/ActionCommand.cpp" line="+35"/>
        <source>Stored credential profile used for SNMP SET (reboot).</source>
        <translation>Opgeslagen toegangsprofiel voor SNMP SET (herstart).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROFILE</source>
        <translation>PROFIEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job port for test-page and firmware (default 9100, LPR 515).</source>
        <translation>Taakpoort voor test-page en firmware (standaard 9100, LPR 515).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test-page: send through LPR instead of the raw port.</source>
        <translation>test-page: via LPR verzenden in plaats van via de raw-poort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LPR queue name (default raw).</source>
        <translation>Naam van de LPR-wachtrij (standaard raw).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firmware: confirm the upgrade (required).</source>
        <translation>firmware: de upgrade bevestigen (verplicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/AlertsCommand.cpp" line="-4"/>
        <location filename="../core/cli/NotificationsCommand.cpp" line="+276"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reboot/firmware: seconds to wait for the device to come back.</source>
        <translation>reboot/firmware: aantal seconden wachten tot het apparaat terug is.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status, reboot, test-page, firmware FILE, troubleshoot, web-page, manage, unmanage</source>
        <translation>status, reboot, test-page, firmware BESTAND, troubleshoot, web-page, manage, unmanage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored device: id, address, serial or name.</source>
        <translation>Opgeslagen apparaat: id, adres, serienummer of naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run an action on a device now.</source>
        <translation>Nu een actie op een apparaat uitvoeren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: action status|reboot|test-page|firmware FILE|troubleshoot|web-page|manage|unmanage DEVICE</source>
        <translation>Gebruik: action status|reboot|test-page|firmware BESTAND|troubleshoot|web-page|manage|unmanage APPARAAT</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 matches %2 devices; use the id.</source>
        <translation>%1 komt overeen met %2 apparaten; gebruik het id.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--port takes 1 to 65535.</source>
        <translation>--port accepteert 1 tot en met 65535.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout vereist een aantal seconden.</translation>
    </message>
    <message>
        <location filename="../core/cli/AlertsCommand.cpp" line="+1"/>
        <source>Only this device (id, address, serial number or name).</source>
        <translation>Alleen dit apparaat (id, adres, serienummer of naam).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICE</source>
        <translation>APPARAAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only alerts nobody acknowledged.</source>
        <translation>Alleen meldingen die niemand heeft bevestigd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ack: why the alerts are acknowledged.</source>
        <translation>ack: waarom de meldingen worden bevestigd.</translation>
    </message>
    <message>
        <location filename="../core/cli/ActionsPolicyCommand.cpp" line="+47"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled actions:  %1</source>
        <translation>Uitgeschakelde acties:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote policy:     %1</source>
        <translation>Extern beleid:          %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowed remotely:  %1</source>
        <translation>Extern toegestaan:      %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Consent waits:     %n hour(s)</source>
        <translation>
            <numerusform>Wachttijd toestemming:  %n uur</numerusform>
            <numerusform>Wachttijd toestemming:  %n uur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked-down mode: every remote action is denied whatever the policy.</source>
        <translation>Vergrendelde modus: elke externe actie wordt geweigerd, ongeacht het beleid.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No remote requests.</source>
        <translation>Geen externe verzoeken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>received %1, expires %2</source>
        <translation>ontvangen %1, verloopt %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, decided by %1</source>
        <translation>, beslist door %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>policy allow: the actions the server may run without asking (comma list).</source>
        <translation>policy allow: de acties die de server zonder te vragen mag uitvoeren (kommagescheiden lijst).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy: how long a request waits for a decision (default 24).</source>
        <translation>policy: hoe lang een verzoek op een beslissing wacht (standaard 24).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>H</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/AlertsCommand.cpp" line="+0"/>
        <location filename="../core/cli/NotificationsCommand.cpp" line="+1"/>
        <location line="+1"/>
        <location filename="../core/cli/RegisterCommand.cpp" line="+64"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deny: the reason told to the server.</source>
        <translation>deny: de reden die aan de server wordt doorgegeven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pending: every request, decided or not.</source>
        <translation>pending: elk verzoek, al dan niet beslist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve/deny: run the request and report to the server from this process.</source>
        <translation>approve/deny: het verzoek vanuit dit proces afhandelen en aan de server rapporteren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show | enable ACTION | disable ACTION | policy ask|allow|deny | pending | approve ID | deny ID</source>
        <translation>show | enable ACTIE | disable ACTIE | policy ask|allow|deny | pending | approve ID | deny ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action policy and remote requests waiting for consent.</source>
        <translation>Het actiebeleid en de externe verzoeken die op toestemming wachten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>%1 is not an action.</source>
        <translation>%1 is geen actie.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The remote policy is ask, allow or deny.</source>
        <translation>Het externe beleid is ask, allow of deny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--allow goes with &apos;policy allow&apos;.</source>
        <translation>--allow hoort bij &apos;policy allow&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firmware is never upgraded on a server&apos;s request.</source>
        <translation>Een firmware-upgrade wordt nooit uitgevoerd op verzoek van een server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--consent-hours takes 1 to 720.</source>
        <translation>--consent-hours accepteert 1 tot en met 720.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No action is listed: every remote request stays denied until --allow names some.</source>
        <translation>Er is geen actie opgegeven: elk extern verzoek blijft geweigerd totdat --allow er enkele noemt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not a request id (see &apos;actions pending&apos;).</source>
        <translation>%1 is geen verzoek-id (zie &apos;actions pending&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--reason goes with deny.</source>
        <translation>--reason hoort bij deny.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Approved request %1: %2 on %3.</source>
        <translation>Verzoek %1 goedgekeurd: %2 op %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied request %1: %2 on %3.</source>
        <translation>Verzoek %1 geweigerd: %2 op %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The service runs it and reports to the server within a minute; --now does it from here.</source>
        <translation>De service voert het uit en rapporteert binnen een minuut aan de server; --now doet het vanaf hier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: actions [show] | enable ACTION | disable ACTION | policy ask|allow|deny [--allow LIST] [--consent-hours H] | pending [--all] | approve ID [--now] | deny ID [--reason TEXT] [--now]</source>
        <translation>Gebruik: actions [show] | enable ACTIE | disable ACTIE | policy ask|allow|deny [--allow LIJST] [--consent-hours U] | pending [--all] | approve ID [--now] | deny ID [--reason TEKST] [--now]</translation>
    </message>
    <message>
        <location filename="../core/cli/ActionCommand.cpp" line="-79"/>
        <location filename="../core/cli/AlertsCommand.cpp" line="+1"/>
        <location filename="../core/cli/CredentialOptions.cpp" line="+0"/>
        <location filename="../core/cli/NotificationsCommand.cpp" line="+111"/>
        <location filename="../core/cli/RegisterCommand.cpp" line="-1"/>
        <location filename="../core/cli/UsersCommand.cpp" line="+72"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location filename="../core/cli/AlertsCommand.cpp" line="+1"/>
        <source>ack: overwrite an earlier acknowledgement instead of keeping it.</source>
        <translation>ack: een eerdere bevestiging overschrijven in plaats van die te behouden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge the alerts with these ids.</source>
        <translation>De meldingen met deze id&apos;s bevestigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the fleet&apos;s alerts (open ones unless --all or --cleared), or acknowledge some: alerts ack ID... --note TEXT [--by NAME].</source>
        <translation>De meldingen van de vloot tonen (de openstaande, tenzij --all of --cleared), of meldingen bevestigen: alerts ack ID... --note TEKST [--by NAAM].</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected argument %1 (did you mean &apos;alerts ack ID...&apos;?).</source>
        <translation>Onverwacht argument %1 (bedoelde u &apos;alerts ack ID...&apos;?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 belongs to &apos;alerts ack&apos;.</source>
        <translation>--%1 hoort bij &apos;alerts ack&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cli/CredentialOptions.cpp" line="+1"/>
        <source>Timeout per request in ms (default 1500).</source>
        <translation>Time-out per verzoek in ms (standaard 1500).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/cli/DiscoverCommand.cpp" line="+44"/>
        <location filename="../core/cli/PollCommand.cpp" line="+100"/>
        <location filename="../core/cli/PostureCommand.cpp" line="+103"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries per request (default 1).</source>
        <translation>Herhaalpogingen per verzoek (standaard 1).</translation>
    </message>
    <message>
        <location filename="../core/cli/AuditCommand.cpp" line="+41"/>
        <source>Only requests at or after DATE (ISO 8601).</source>
        <translation>Alleen verzoeken op of na DATUM (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../core/cli/ActionCommand.cpp" line="-2"/>
        <location filename="../core/cli/AuditCommand.cpp" line="+1"/>
        <location filename="../core/cli/AuditVerifyCommand.cpp" line="+95"/>
        <location filename="../core/cli/CredentialOptions.cpp" line="+0"/>
        <location line="+1"/>
        <location filename="../core/cli/DiscoverCommand.cpp" line="-2"/>
        <location line="+1"/>
        <location filename="../core/cli/NotificationsCommand.cpp" line="-105"/>
        <location filename="../core/cli/OutboxCommand.cpp" line="+37"/>
        <location filename="../core/cli/PollCommand.cpp" line="-2"/>
        <location filename="../core/cli/ProfilesCommand.cpp" line="+47"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../core/cli/AuditCommand.cpp" line="+0"/>
        <source>Newest N requests.</source>
        <translation>De nieuwste N verzoeken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the requests sent to the remote-services server.</source>
        <translation>De verzoeken tonen die naar de server voor remote services zijn verzonden.</translation>
    </message>
    <message>
        <location filename="../core/cli/CliListing.cpp" line="+33"/>
        <source>--limit takes a positive number.</source>
        <translation>--limit vereist een positief getal.</translation>
    </message>
    <message>
        <location filename="../core/cli/AuditCommand.cpp" line="+20"/>
        <source>No requests recorded.</source>
        <translation>Geen verzoeken vastgelegd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 B out, %2 B in, %3 ms</source>
        <translation>%1 B uit, %2 B in, %3 ms</translation>
    </message>
    <message>
        <location filename="../core/cli/CredentialOptions.cpp" line="+0"/>
        <source>GETBULK max-repetitions (default 40).</source>
        <translation>GETBULK max-repetitions (standaard 40).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--timeout needs a number of milliseconds.</source>
        <translation>--timeout vereist een aantal milliseconden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--retries needs a number.</source>
        <translation>--retries vereist een getal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--max-repetitions needs a number.</source>
        <translation>--max-repetitions vereist een getal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown authentication protocol %1.</source>
        <translation>Onbekend authenticatieprotocol %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown privacy protocol %1.</source>
        <translation>Onbekend privacyprotocol %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown security level %1.</source>
        <translation>Onbekend beveiligingsniveau %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--v3-context needs --v3-user (or a stored profile with --cred).</source>
        <translation>--v3-context vereist --v3-user (of een opgeslagen profiel met --cred).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--snmp-version takes 1 or 2c (use --v3-user for SNMPv3).</source>
        <translation>--snmp-version accepteert 1 of 2c (gebruik --v3-user voor SNMPv3).</translation>
    </message>
    <message>
        <location filename="../core/cli/ActionCommand.cpp" line="+59"/>
        <location filename="../core/cli/CredentialOptions.cpp" line="+15"/>
        <source>No stored credential profile named %1.</source>
        <translation>Er is geen opgeslagen toegangsprofiel met de naam %1.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location filename="../core/cli/AlertsCommand.cpp" line="-123"/>
        <location filename="../core/cli/DeviceCommands.cpp" line="+70"/>
        <source>No stored device matches %1.</source>
        <translation>Geen opgeslagen apparaat komt overeen met %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/DeviceCommands.cpp" line="+7"/>
        <source>%1 matches several devices (ids %2); use the id.</source>
        <translation>%1 komt overeen met meerdere apparaten (id&apos;s %2); gebruik het id.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 takes exactly one DEVICE.</source>
        <translation>%1 vereist precies één APPARAAT.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List the stored devices.</source>
        <translation>De opgeslagen apparaten tonen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serial</source>
        <translation>serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last success</source>
        <translation>laatst gelukt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (IP changed from %1)</source>
        <translation>  (IP gewijzigd van %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <source>Device id, address, serial number or name.</source>
        <translation>Apparaat-id, adres, serienummer of naam.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Show one stored device in detail.</source>
        <translation>Eén opgeslagen apparaat in detail tonen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Device %1: %2 %3</source>
        <translation>Apparaat %1: %2 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (suspect)</source>
        <translation> (verdacht)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only this meter (or a family ending in &apos;.&apos;, e.g. marker.).</source>
        <translation>Alleen deze teller (of een familie die eindigt op &apos;.&apos;, bijv. marker.).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only readings at or after DATE (ISO 8601).</source>
        <translation>Alleen tellerstanden op of na DATUM (ISO 8601).</translation>
    </message>
    <message>
        <location filename="../core/cli/AuditCommand.cpp" line="-28"/>
        <location filename="../core/cli/AuditVerifyCommand.cpp" line="-1"/>
        <location filename="../core/cli/DeviceCommands.cpp" line="+0"/>
        <location filename="../core/cli/NotificationsCommand.cpp" line="-76"/>
        <location filename="../core/cli/ReportCommand.cpp" line="+38"/>
        <location line="+1"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../core/cli/DeviceCommands.cpp" line="+1"/>
        <location filename="../core/cli/ReportCommand.cpp" line="+1"/>
        <source>CSV output.</source>
        <translation>CSV-uitvoer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter readings of one device.</source>
        <translation>Tellerstanden van één apparaat.</translation>
    </message>
    <message>
        <location filename="../core/cli/CliListing.cpp" line="-13"/>
        <source>--since takes an ISO 8601 date or date-time.</source>
        <translation>--since vereist een ISO 8601-datum of -datum/tijd.</translation>
    </message>
    <message>
        <location filename="../core/cli/DeviceCommands.cpp" line="+42"/>
        <source>  (suspect: lower than before)</source>
        <translation>  (verdacht: lager dan de vorige)</translation>
    </message>
    <message>
        <location filename="../core/cli/DiscoverCommand.cpp" line="-3"/>
        <source>Addresses, ranges or CIDRs to leave out (repeatable).</source>
        <translation>Adressen, bereiken of CIDR&apos;s om over te slaan (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import targets from a CSV file (address, name, location, profile).</source>
        <translation>Doelen importeren uit een CSV-bestand (adres, naam, locatie, profiel).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/cli/NotificationsCommand.cpp" line="+184"/>
        <location filename="../core/cli/PostureCommand.cpp" line="-4"/>
        <location line="+1"/>
        <location filename="../core/cli/RegisterCommand.cpp" line="+3"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/PollCommand.cpp" line="+0"/>
        <source>Devices in flight at once (default 64).</source>
        <translation>Apparaten die tegelijk worden bevraagd (standaard 64).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New devices started per second (default 200; 0 = no limit).</source>
        <translation>Nieuwe apparaten per seconde gestart (standaard 200; 0 = geen limiet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard deadline per device in ms.</source>
        <translation>Harde tijdslimiet per apparaat in ms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print progress to stderr.</source>
        <translation>Voortgang naar stderr schrijven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP, host, CIDR, a.b.c.d-e.f.g.h, HOST:PORT.</source>
        <translation>IP, host, CIDR, a.b.c.d-e.f.g.h, HOST:POORT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find printers and store them.</source>
        <translation>Printers zoeken en opslaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No targets to discover.</source>
        <translation>Geen doelen om te scannen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source><byte value="xd"/>%1/%2 done, %3 printers found, ETA %4 s   </source>
        <translation><byte value="xd"/>%1/%2 klaar, %3 printers gevonden, nog ca. %4 s   </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 printers, %2 other SNMP devices, %3 without answer</source>
        <translation>%1 printers, %2 andere SNMP-apparaten, %3 zonder antwoord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The printers found could not be stored: %1</source>
        <translation>De gevonden printers konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not a printer</source>
        <translation>geen printer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>found   %1  %2 %3  serial %4</source>
        <translation>gevonden     %1  %2 %3  serienummer %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  (new)</source>
        <translation>  (nieuw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (moved from %1)</source>
        <translation>  (verplaatst van %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped %1  not a printer: %2</source>
        <translation>overgeslagen %1  geen printer: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed  %1  %2</source>
        <translation>mislukt      %1  %2</translation>
    </message>
    <message>
        <location filename="../core/cli/PollCommand.cpp" line="-65"/>
        <location line="+1"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lifetime impressions: %1</source>
        <translation>afdrukken gedurende levensduur: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/AlertsCommand.cpp" line="-57"/>
        <location filename="../core/cli/PollCommand.cpp" line="+10"/>
        <source>alert</source>
        <translation>melding</translation>
    </message>
    <message>
        <location filename="../core/cli/PollCommand.cpp" line="+5"/>
        <source>incomplete: %1</source>
        <translation>onvolledig: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Poll every stored device in scope.</source>
        <translation>Elk opgeslagen apparaat binnen het bereik uitlezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also read trays, outputs, covers, interpreters and storage.</source>
        <translation>Ook laden, uitvoerbakken, kleppen, interpreters en opslag uitlezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard deadline per device in ms (default: from timeouts).</source>
        <translation>Harde tijdslimiet per apparaat in ms (standaard: afgeleid van de time-outs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosts to poll (HOST, HOST:PORT, [IPv6]:PORT).</source>
        <translation>Uit te lezen hosts (HOST, HOST:POORT, [IPv6]:POORT).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll printers now, print what they report and store it.</source>
        <translation>Printers nu uitlezen, tonen wat ze rapporteren en dat opslaan.</translation>
    </message>
    <message>
        <location filename="../core/cli/PollStore.cpp" line="+29"/>
        <source>--concurrency takes 1 to 4096.</source>
        <translation>--concurrency accepteert 1 tot 4096.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--deadline takes a number of milliseconds.</source>
        <translation>--deadline vereist een aantal milliseconden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing to poll: give targets or --all.</source>
        <translation>Niets uit te lezen: geef doelen op of --all.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The results could not be stored: %1</source>
        <translation>De resultaten konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/ProfilesCommand.cpp" line="+0"/>
        <source>add: 1-based place in the order (default: last).</source>
        <translation>add: positie in de volgorde, vanaf 1 (standaard: laatste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add NAME | list | remove NAME</source>
        <translation>add NAAM | list | remove NAAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage the ordered SNMP credential profiles.</source>
        <translation>De geordende SNMP-toegangsprofielen beheren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A profile needs a name.</source>
        <translation>Een profiel heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profile named %1.</source>
        <translation>Er is geen profiel met de naam %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A profile named %1 exists; remove it first.</source>
        <translation>Er bestaat al een profiel met de naam %1; verwijder dat eerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles add takes inline credentials, not --cred.</source>
        <translation>profiles add accepteert losse toegangsgegevens, geen --cred.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>profiles add needs --community or --v3-user.</source>
        <translation>profiles add vereist --community of --v3-user.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one credential per profile.</source>
        <translation>Geef één set toegangsgegevens per profiel op.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added %1.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage: profiles add NAME [credential options] | profiles list | profiles remove NAME</source>
        <translation>Gebruik: profiles add NAAM [toegangsopties] | profiles list | profiles remove NAAM</translation>
    </message>
    <message>
        <location filename="../core/cli/StorageSession.cpp" line="+23"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/ExportPayloadCommand.cpp" line="+30"/>
        <source>Leave out host and printer addresses, as locked-down mode does.</source>
        <translation>Host- en printeradressen weglaten, zoals de vergrendelde modus doet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the XML (&apos;-&apos; for standard output).</source>
        <translation>Waar de XML naartoe moet (&apos;-&apos; voor standaarduitvoer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the next upload&apos;s payload XML to a file.</source>
        <translation>De payload-XML van de volgende upload naar een bestand schrijven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give exactly one output file.</source>
        <translation>Geef precies één uitvoerbestand op.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1 bytes of payload XML to %2%3.</source>
        <translation>%1 bytes payload-XML geschreven naar %2%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (locked-down)</source>
        <translation> (vergrendeld)</translation>
    </message>
    <message>
        <location filename="../core/cli/OutboxCommand.cpp" line="-1"/>
        <source>Print the decrypted payload XML of item ID.</source>
        <translation>De ontsleutelde payload-XML van item ID tonen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest N items (default 50).</source>
        <translation>De nieuwste N items (standaard 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the payload outbox.</source>
        <translation>De verzendwachtrij met payloads tonen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No outbox item %1.</source>
        <translation>Geen item %1 in de verzendwachtrij.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The outbox is empty.</source>
        <translation>De verzendwachtrij is leeg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generated %1</source>
        <translation>aangemaakt %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 devices, %2 readings</source>
        <translation>%1 apparaten, %2 tellerstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 attempt(s)</source>
        <translation>%1 poging(en)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next %1</source>
        <translation>volgende %1</translation>
    </message>
    <message>
        <location filename="../core/cli/RegisterCommand.cpp" line="-24"/>
        <source>--proxy takes none, system or HOST:PORT.</source>
        <translation>--proxy accepteert none, system of HOST:POORT.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Base URL of the server (https://...).</source>
        <translation>Basis-URL van de server (https://...).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration key from the service provider.</source>
        <translation>Registratiesleutel van de serviceprovider.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account (customer) name.</source>
        <translation>Naam van het account (de klant).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site location.</source>
        <translation>Locatie van de vestiging.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail address.</source>
        <translation>E-mailadres van de contactpersoon.</translation>
    </message>
    <message>
        <location filename="../core/cli/NotificationsCommand.cpp" line="-277"/>
        <source>%1 is not a condition kind.</source>
        <translation>%1 is geen soort conditie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an alert category.</source>
        <translation>%1 is geen meldingscategorie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--min-severity takes info, warning or critical.</source>
        <translation>--min-severity accepteert info, warning of critical.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose one of --location, --model and --devices.</source>
        <translation>Kies één van --location, --model en --devices.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--digest takes the hour the digest goes out (0-23).</source>
        <translation>--digest vereist het uur waarop het overzichtsbericht wordt verzonden (0-23).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--quiet takes a range of local times, e.g. 22:00-07:00.</source>
        <translation>--quiet vereist een bereik van lokale tijden, bijv. 22:00-07:00.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>retry takes notification ids (numbers), not %1.</source>
        <translation>retry verwacht notificatienummers (getallen), niet %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 queued notification(s) due now, %2 failed notification(s) put back in the queue; the agent sends them within a minute.</source>
        <translation>%1 notificatie(s) uit de wachtrij nu aan de beurt, %2 mislukte notificatie(s) terug in de wachtrij gezet; de agent verstuurt ze binnen een minuut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only notifications created on or after DATE (ISO 8601).</source>
        <translation>Alleen notificaties die op of na DATUM zijn aangemaakt (ISO 8601).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none): list | retry [ID...]: make queued notifications due now (all when no id is given) and put the failed ones named back in the queue (needs change-settings)</source>
        <translation>(geen): list | retry [ID...]: notificaties in de wachtrij nu aan de beurt laten zijn (alle als er geen id is opgegeven) en de genoemde mislukte terug in de wachtrij zetten (vereist change-settings)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the stored notifications with their delivery results.</source>
        <translation>De opgeslagen notificaties tonen met hun afleverresultaten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use notifications [--since DATE] or notifications retry [ID...].</source>
        <translation>Gebruik notifications [--since DATUM] of notifications retry [ID...].</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--since takes a date or time in ISO 8601 (2024-03-04 or 2024-03-04T10:00).</source>
        <translation>--since vereist een datum of tijd in ISO 8601 (2024-03-04 of 2024-03-04T10:00).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No notifications.</source>
        <translation>Geen notificaties.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>last error (attempt %1): %2</source>
        <translation>laatste fout (poging %1): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+119"/>
        <location filename="../core/cli/RegisterCommand.cpp" line="+0"/>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>add: a recipient&apos;s e-mail address (repeatable).</source>
        <translation>add: het e-mailadres van een ontvanger (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: condition kinds, comma-separated (default: all).</source>
        <translation>add: soorten condities, gescheiden door komma&apos;s (standaard: alle).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KINDS</source>
        <translation>SOORTEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: device alert categories, comma-separated (default: all).</source>
        <translation>add: meldingscategorieën van apparaten, gescheiden door komma&apos;s (standaard: alle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CATEGORIES</source>
        <translation>CATEGORIEËN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: info, warning (default) or critical.</source>
        <translation>add: info, warning (standaard) of critical.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: only devices whose location contains TEXT (repeatable).</source>
        <translation>add: alleen apparaten waarvan de locatie TEKST bevat (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: only devices whose model contains TEXT (repeatable).</source>
        <translation>add: alleen apparaten waarvan het model TEKST bevat (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: only these devices (ids or serial numbers, comma-separated).</source>
        <translation>add: alleen deze apparaten (id&apos;s of serienummers, gescheiden door komma&apos;s).</translation>
    </message>
    <message>
        <location filename="../core/cli/ActionsPolicyCommand.cpp" line="-118"/>
        <location filename="../core/cli/NotificationsCommand.cpp" line="+1"/>
        <source>LIST</source>
        <translation>LIJST</translation>
    </message>
    <message>
        <location filename="../core/cli/NotificationsCommand.cpp" line="+1"/>
        <source>add: one daily digest at this local hour instead of a mail each.</source>
        <translation>add: één dagelijks overzichtsbericht op dit lokale uur in plaats van een e-mail per conditie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOUR</source>
        <translation>UUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: hold mail in these local hours, e.g. 22:00-07:00.</source>
        <translation>add: e-mail in deze lokale uren vasthouden, bijv. 22:00-07:00.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RANGE</source>
        <translation>BEREIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: no mail when a condition clears.</source>
        <translation>add: geen e-mail wanneer een conditie wordt opgeheven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add: remind every N hours while a condition stays open.</source>
        <translation>add: elke N uur herinneren zolang een conditie openstaat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add NAME | list | remove NAME | test-mail NAME</source>
        <translation>add NAAM | list | remove NAAM | test-mail NAAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage alert profiles: who hears of which conditions, and how.</source>
        <translation>Meldingsprofielen beheren: wie hoort van welke condities, en hoe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use alert-profiles add NAME --to ADDRESS ..., list, remove NAME or test-mail NAME.</source>
        <translation>Gebruik alert-profiles add NAAM --to ADRES ..., list, remove NAAM of test-mail NAAM.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Alert profile %1 added.</source>
        <translation>Meldingsprofiel %1 toegevoegd.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>No alert profile named %1.</source>
        <translation>Er is geen meldingsprofiel met de naam %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Alert profile %1 removed.</source>
        <translation>Meldingsprofiel %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The test mail was not delivered: %1</source>
        <translation>De testmail is niet afgeleverd: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no SMTP server is configured</source>
        <translation>er is geen SMTP-server ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test mail sent to %1.</source>
        <translation>Testmail verzonden naar %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown action %1.</source>
        <translation>Onbekende actie %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>set: the SMTP server&apos;s host name.</source>
        <translation>set: de hostnaam van de SMTP-server.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: its port (587 with starttls, 465 with tls).</source>
        <translation>set: de poort (587 met starttls, 465 met tls).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PORT</source>
        <translation>POORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: starttls (required) or tls (implicit).</source>
        <translation>set: starttls (verplicht) of tls (impliciet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: the login name (empty: no login).</source>
        <translation>set: de aanmeldnaam (leeg: geen aanmelding).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: read the password from standard input.</source>
        <translation>set: het wachtwoord van standaardinvoer lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: the sender address.</source>
        <translation>set: het afzenderadres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: trust this CA file instead of the system&apos;s.</source>
        <translation>set: dit CA-bestand vertrouwen in plaats van dat van het systeem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set | show</source>
        <translation>set | show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configure the SMTP server notifications are sent through.</source>
        <translation>De SMTP-server instellen waarlangs notificaties worden verzonden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use smtp set ... or smtp show.</source>
        <translation>Gebruik smtp set ... of smtp show.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--security takes starttls or tls.</source>
        <translation>--security accepteert starttls of tls.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--port takes a port number.</source>
        <translation>--port vereist een poortnummer.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Server: %1:%2 (%3)</source>
        <translation>Server: %1:%2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: %1 (password %2)</source>
        <translation>Gebruiker: %1 (wachtwoord %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>ingesteld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1</source>
        <translation>Van: %1</translation>
    </message>
    <message>
        <location filename="../core/cli/RegisterCommand.cpp" line="+1"/>
        <source>PEM CA bundle to trust instead of the system CAs.</source>
        <translation>PEM-CA-bundel die wordt vertrouwd in plaats van de systeem-CA&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base64 SHA-256 pin of the server&apos;s public key.</source>
        <translation>Base64 SHA-256-pin van de openbare sleutel van de server.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B64</source>
        <translation>B64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate: PKCS#12 (.p12/.pfx) or PEM.</source>
        <translation>Clientcertificaat: PKCS#12 (.p12/.pfx) of PEM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM private key of a PEM client certificate.</source>
        <translation>PEM-privésleutel van een PEM-clientcertificaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, system (default) or HOST:PORT.</source>
        <translation>none, system (standaard) of HOST:POORT.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROXY</source>
        <translation>PROXY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy user name (password from FLEETKEEPER_PROXY_PASSWORD).</source>
        <translation>Gebruikersnaam voor de proxy (wachtwoord uit FLEETKEEPER_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USER</source>
        <translation>GEBRUIKER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security mode: normal (default) or locked-down.</source>
        <translation>Beveiligingsmodus: normal (standaard) of locked-down.</translation>
    </message>
    <message>
        <location filename="../core/cli/NotificationsCommand.cpp" line="-86"/>
        <location filename="../core/cli/RegisterCommand.cpp" line="+0"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location filename="../core/cli/RegisterCommand.cpp" line="+1"/>
        <source>Daily sync time HH:MM (default: the server&apos;s suggestion).</source>
        <translation>Dagelijks synchronisatietijdstip UU:MM (standaard: het voorstel van de server).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HH:MM</source>
        <translation>UU:MM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register this agent with a remote-services server.</source>
        <translation>Deze agent registreren bij een server voor remote services.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is required.</source>
        <translation>--%1 is verplicht.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--mode takes normal or locked-down.</source>
        <translation>--mode accepteert normal of locked-down.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--sync-time takes HH:MM.</source>
        <translation>--sync-time vereist UU:MM.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Registration failed (%1): %2</source>
        <translation>Registratie mislukt (%1): %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Already registered as agent %1.</source>
        <translation>Al geregistreerd als agent %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered as agent %1.</source>
        <translation>Geregistreerd als agent %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/ReportCommand.cpp" line="-2"/>
        <source>Start of the period (ISO 8601 date or date-time, inclusive).</source>
        <translation>Begin van de periode (ISO 8601-datum of -datum/tijd, inclusief).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of the period (exclusive; default now).</source>
        <translation>Einde van de periode (exclusief; standaard nu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meter reads and usage per device for a period.</source>
        <translation>Tellerstanden en verbruik per apparaat over een periode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report needs --from DATE (and optionally --to DATE) with from before to.</source>
        <translation>report vereist --from DATUM (en optioneel --to DATUM), met from vóór to.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>  (%n reset(s): check)</source>
        <translation>
            <numerusform>  (%n reset: controleren)</numerusform>
            <numerusform>  (%n resets: controleren)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/SyncCommand.cpp" line="+74"/>
        <source>The server no longer accepts this agent: register again.</source>
        <translation>De server accepteert deze agent niet meer: registreer opnieuw.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server&apos;s certificate cannot be read: %1</source>
        <translation>Het certificaat van de server kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, valid until %2 (issued by %3, SHA-256 %4)</source>
        <translation>%1, geldig tot %2 (uitgegeven door %3, SHA-256 %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not seen yet</source>
        <translation>nog niet gezien</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deliver queued payloads, then build and send a new one.</source>
        <translation>Payloads in de wachtrij afleveren, daarna een nieuwe samenstellen en verzenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server for commands and settings now (Normal mode).</source>
        <translation>De server nu om opdrachten en instellingen vragen (normale modus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync with the remote-services server, or show the sync status.</source>
        <translation>Synchroniseren met de server voor remote services, of de synchronisatiestatus tonen.</translation>
    </message>
    <message>
        <location filename="../core/cli/AuditVerifyCommand.cpp" line="-48"/>
        <source>Also check that row SEQ still has HASH (as printed by an earlier verify).</source>
        <translation>Ook controleren dat rij VOLGNR nog steeds HASH heeft (zoals getoond door een eerdere verify).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEQ:HASH</source>
        <translation>VOLGNR:HASH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that no row of the security audit log was changed or deleted.</source>
        <translation>Controleren dat geen enkele rij van het beveiligingsauditlogboek is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--anchor takes SEQ:HASH, the hash as 64 hexadecimal digits.</source>
        <translation>--anchor vereist VOLGNR:HASH, met de hash als 64 hexadecimale cijfers.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The audit log is intact: %1 rows.</source>
        <translation>Het auditlogboek is intact: %1 rijen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head (note it elsewhere to detect a rewritten log later): %1:%2</source>
        <translation>Kop (noteer deze elders om later een herschreven logboek te ontdekken): %1:%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log is damaged at row %1: %2</source>
        <translation>Het auditlogboek is beschadigd bij rij %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only entries at or after DATE (ISO 8601).</source>
        <translation>Alleen vermeldingen op of na DATUM (ISO 8601).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest N entries.</source>
        <translation>De nieuwste N vermeldingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the security audit log: who did what, when, with which result.</source>
        <translation>Het beveiligingsauditlogboek tonen: wie wat deed, wanneer en met welk resultaat.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>device %1</source>
        <translation>apparaat %1</translation>
    </message>
    <message>
        <location filename="../core/cli/UsersCommand.cpp" line="-1"/>
        <source>Act as the Fleetkeeper user NAME (password from FLEETKEEPER_PASSWORD or standard input).</source>
        <translation>Optreden als de Fleetkeeper-gebruiker NAAM (wachtwoord uit FLEETKEEPER_PASSWORD of standaardinvoer).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password of %1: </source>
        <translation>Wachtwoord van %1: </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Role: administrator, power-user, customer-administrator, customer.</source>
        <translation>Rol: administrator, power-user, customer-administrator, customer.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable: enable the account again.</source>
        <translation>disable: het account weer inschakelen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>map-group: remove the mapping.</source>
        <translation>map-group: de koppeling verwijderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add NAME | list | passwd [NAME] | disable NAME | role NAME ROLE | map-group GROUP [ROLE]</source>
        <translation>add NAAM | list | passwd [NAAM] | disable NAAM | role NAAM ROL | map-group GROEP [ROL]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manage local Fleetkeeper accounts (administrators only).</source>
        <translation>Lokale Fleetkeeper-accounts beheren (alleen beheerders).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>users needs an action: add, list, passwd, disable, role or map-group.</source>
        <translation>users vereist een actie: add, list, passwd, disable, role of map-group.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a role; use administrator, power-user, customer-administrator or customer.</source>
        <translation>%1 is geen rol; gebruik administrator, power-user, customer-administrator of customer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>users add needs a NAME.</source>
        <translation>users add vereist een NAAM.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first account must be an administrator.</source>
        <translation>Het eerste account moet een beheerder zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of the new administrator %1: </source>
        <translation>Wachtwoord van de nieuwe beheerder %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created the first administrator %1.</source>
        <translation>Eerste beheerder %1 aangemaakt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password of the new user %1: </source>
        <translation>Wachtwoord van de nieuwe gebruiker %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created %1 (%2).</source>
        <translation>%1 (%2) aangemaakt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locked until %1</source>
        <translation>vergrendeld tot %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current password: </source>
        <translation>Huidig wachtwoord: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password of %1: </source>
        <translation>Nieuw wachtwoord van %1: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password of %1 changed.</source>
        <translation>Wachtwoord van %1 gewijzigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enabled %1.</source>
        <translation>%1 ingeschakeld.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled %1.</source>
        <translation>%1 uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>users role needs NAME and ROLE.</source>
        <translation>users role vereist NAAM en ROL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>users map-group needs GROUP and ROLE, or GROUP --remove.</source>
        <translation>users map-group vereist GROEP en ROL, of GROEP --remove.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members of %1 no longer have a role.</source>
        <translation>Leden van %1 hebben geen rol meer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of %1 act as %2.</source>
        <translation>Leden van %1 treden op als %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown users action %1.</source>
        <translation>Onbekende users-actie %1.</translation>
    </message>
    <message>
        <location filename="../core/cli/PostureCommand.cpp" line="-65"/>
        <source>--port wants SERVICE=PORT with SERVICE one of ftp, telnet, http, https, lpr, ipp, raw; got %1.</source>
        <translation>--port verwacht DIENST=POORT, met DIENST een van ftp, telnet, http, https, lpr, ipp, raw; ontvangen: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Probed %1 of %2 devices</source>
        <translation>%1 van %2 apparaten gecontroleerd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agent: score %1/100</source>
        <translation>Agent: score %1/100</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Remedy: %1</source>
        <translation>Oplossing: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Device %1 %2 (%3): score %4/100</source>
        <translation>Apparaat %1 %2 (%3): score %4/100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (never probed)</source>
        <translation> (nooit gecontroleerd)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Probe every stored device first (see docs/posture.md for what is sent).</source>
        <translation>Eerst elk opgeslagen apparaat controleren (zie docs/posture.md voor wat er wordt verzonden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as an HTML page to FILE.</source>
        <translation>Het rapport als HTML-pagina naar BESTAND schrijven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as CSV (one row per finding) to FILE.</source>
        <translation>Het rapport als CSV (één rij per bevinding) naar BESTAND schrijven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe SERVICE on another TCP port (repeatable), e.g. telnet=2323.</source>
        <translation>DIENST op een andere TCP-poort controleren (herhaalbaar), bijv. telnet=2323.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SERVICE=PORT</source>
        <translation>DIENST=POORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout of each probe request in milliseconds (default 1500).</source>
        <translation>Time-out van elk controleverzoek in milliseconden (standaard 1500).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fleet&apos;s security posture: findings, remedies and a score per device.</source>
        <translation>De beveiligingsstatus van de vloot: bevindingen, oplossingen en een score per apparaat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout wants milliseconds between 50 and 60000.</source>
        <translation>--timeout verwacht milliseconden tussen 50 en 60000.</translation>
    </message>
    <message>
        <location filename="../core/cli/StatusCommand.cpp" line="+33"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (interrupted or running)</source>
        <translation>%1 (onderbroken of bezig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last %1; next %2</source>
        <translation>laatste %1; volgende %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not scheduled</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service: running (process %1) on %2</source>
        <translation>Service: actief (proces %1) op %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service: running, but it refused this user: %1</source>
        <translation>Service: actief, maar deze gebruiker is geweigerd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service: no service running on %1 (state read from the profile)</source>
        <translation>Service: er draait geen service op %1 (status gelezen uit het profiel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: %1%2</source>
        <translation>Status: %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, schedule paused</source>
        <translation>, planning gepauzeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule: paused</source>
        <translation>Planning: gepauzeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll (every %1 min): %2</source>
        <translation>Uitlezing (elke %1 min): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery: %1</source>
        <translation>Netwerkscan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync: %1</source>
        <translation>Synchronisatie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox: %1 queued, %2 delivered, %3 rejected</source>
        <translation>Verzendwachtrij: %1 in wachtrij, %2 afgeleverd, %3 geweigerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; next retry %1</source>
        <translation>; volgende poging %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices: %1</source>
        <translation>Apparaten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent errors: none</source>
        <translation>Recente fouten: geen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent errors:</source>
        <translation>Recente fouten:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show whether the service runs, its last and next runs, outbox and errors.</source>
        <translation>Tonen of de service draait, de laatste en volgende uitvoeringen, de verzendwachtrij en fouten.</translation>
    </message>
    <message>
        <location filename="../core/cli/ThresholdsCommand.cpp" line="+36"/>
        <source>%1 is not NAME=VALUE with one of these names: %2.</source>
        <translation>%1 is geen NAAM=WAARDE met een van deze namen: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 takes a number, not &apos;%2&apos;.</source>
        <translation>%1 vraagt een getal, niet &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>show (default) | set NAME=VALUE...</source>
        <translation>show (standaard) | set NAAM=WAARDE...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or set the thresholds alert conditions open at. &apos;set&apos; takes NAME=VALUE pairs; the names are those &apos;show&apos; lists.</source>
        <translation>Toon of wijzig de drempelwaarden waarbij meldingsvoorwaarden openen. &apos;set&apos; neemt paren NAAM=WAARDE; de namen zijn die welke &apos;show&apos; toont.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use thresholds show or thresholds set NAME=VALUE...</source>
        <translation>Gebruik thresholds show of thresholds set NAAM=WAARDE...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>thresholds set takes at least one NAME=VALUE.</source>
        <translation>thresholds set vraagt ten minste één NAAM=WAARDE.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>set in the poll settings (fleetkeeper.ini health/notReportingHours)</source>
        <translation>ingesteld bij de uitleesinstellingen (fleetkeeper.ini health/notReportingHours)</translation>
    </message>
</context>
<context>
    <name>fleet::collect::Poller</name>
    <message>
        <location filename="../core/collect/Poller.cpp" line="+127"/>
        <source>No credential profile to try.</source>
        <translation>Geen toegangsprofiel om te proberen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot resolve %1: %2</source>
        <translation>Kan %1 niet omzetten: %2</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>The device did not finish within its deadline of %1 s.</source>
        <translation>Het apparaat was niet klaar binnen de tijdslimiet van %1 s.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No response.</source>
        <translation>Geen antwoord.</translation>
    </message>
</context>
<context>
    <name>fleet::collect::SnapshotParser</name>
    <message>
        <location filename="../core/collect/SnapshotParser.cpp" line="+109"/>
        <source>A table under %1 has %2 rows; only the first %3 were read.</source>
        <translation>Een tabel onder %1 heeft %2 rijen; alleen de eerste %3 zijn gelezen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>More than %1 interfaces; the rest were not read.</source>
        <translation>Meer dan %1 interfaces; de rest is niet gelezen.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>hrPrinterDetectedErrorState.%1 is not an OCTET STRING (%2); ignored.</source>
        <translation>hrPrinterDetectedErrorState.%1 is geen OCTET STRING (%2); genegeerd.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>prtMarkerLifeCount.%1.%2 is not a counter (%3 %4); not reported.</source>
        <translation>prtMarkerLifeCount.%1.%2 is geen teller (%3 %4); niet gerapporteerd.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Supply %1 reports level %2 above its capacity %3; no percentage given.</source>
        <translation>Verbruiksartikel %1 meldt niveau %2, boven de capaciteit %3; geen percentage vermeld.</translation>
    </message>
</context>
<context>
    <name>fleet::control</name>
    <message>
        <location filename="../core/control/ControlProtocol.cpp" line="+51"/>
        <source>The message is longer than %1 bytes.</source>
        <translation>Het bericht is langer dan %1 bytes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is not JSON: %1.</source>
        <translation>Het bericht is geen JSON: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is not a JSON object.</source>
        <translation>Het bericht is geen JSON-object.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unsupported protocol version (this daemon speaks version %1).</source>
        <translation>Niet-ondersteunde protocolversie (deze daemon spreekt versie %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request id is not a whole number.</source>
        <translation>De verzoek-id is geen geheel getal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message names no request.</source>
        <translation>Het bericht noemt geen verzoek.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown request &quot;%1&quot;.</source>
        <translation>Onbekend verzoek &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The daemon speaks another protocol version (%1).</source>
        <translation>De daemon spreekt een andere protocolversie (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An event without a name.</source>
        <translation>Een gebeurtenis zonder naam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A response without an id or status.</source>
        <translation>Een antwoord zonder id of status.</translation>
    </message>
    <message>
        <location filename="../core/control/PeerCredentials.cpp" line="+40"/>
        <source>Cannot read the peer&apos;s credentials: %1</source>
        <translation>Kan de identiteitsgegevens van de tegenpartij niet lezen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This system does not tell who is on the other end of a local socket.</source>
        <translation>Dit systeem geeft niet aan wie er aan de andere kant van een lokale socket zit.</translation>
    </message>
    <message>
        <location filename="../core/control/ScheduleChange.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; is geen geheel getal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; must be between %2 and %3.</source>
        <translation>&quot;%1&quot; moet tussen %2 en %3 liggen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>&quot;%1&quot; is geen lijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has more than %2 entries.</source>
        <translation>&quot;%1&quot; heeft meer dan %2 items.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An entry of &quot;%1&quot; is not text.</source>
        <translation>Een item van &quot;%1&quot; is geen tekst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An entry of &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Een item van &quot;%1&quot; is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;discovery&quot; is not a JSON object.</source>
        <translation>&quot;discovery&quot; is geen JSON-object.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown discovery field &quot;%1&quot;.</source>
        <translation>Onbekend veld &quot;%1&quot; voor de netwerkscan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discovery settings lack &quot;%1&quot;.</source>
        <translation>In de instellingen van de netwerkscan ontbreekt &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The discovery mode must be &quot;off&quot;, &quot;interval&quot; or &quot;daily&quot;.</source>
        <translation>De modus van de netwerkscan moet &quot;off&quot;, &quot;interval&quot; of &quot;daily&quot; zijn.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;dailyTime&quot; is not a time of day as HH:mm.</source>
        <translation>&quot;dailyTime&quot; is geen tijdstip in de vorm HH:mm.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>set-schedule needs a &quot;schedule&quot; object.</source>
        <translation>set-schedule heeft een &quot;schedule&quot;-object nodig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown schedule field &quot;%1&quot;.</source>
        <translation>Onbekend planningsveld &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The schedule names nothing to change.</source>
        <translation>De planning noemt niets om te wijzigen.</translation>
    </message>
</context>
<context>
    <name>fleet::control::ControlServer</name>
    <message>
        <location filename="../core/control/ControlServer.cpp" line="+95"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Kan niet luisteren op %1: %2</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Too many connections.</source>
        <translation>Te veel verbindingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: %1</source>
        <translation>Geweigerd: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The request is longer than %1 bytes.</source>
        <translation>Het verzoek is langer dan %1 bytes.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Poll started.</source>
        <translation>Uitlezing gestart.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A poll is already running.</source>
        <translation>Er loopt al een uitlezing.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown request.</source>
        <translation>Onbekend verzoek.</translation>
    </message>
</context>
<context>
    <name>fleet::control::DaemonClient</name>
    <message>
        <location filename="../core/control/DaemonClient.cpp" line="+59"/>
        <source>No service answers on %1: %2</source>
        <translation>Er antwoordt geen service op %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No service runs on the profile %1.</source>
        <translation>Er draait geen service op het profiel %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The service is not running.</source>
        <translation>De service draait niet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request is too long for the service (more than %1 bytes).</source>
        <translation>Het verzoek is te lang voor de service (meer dan %1 bytes).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The service did not answer in time.</source>
        <translation>De service heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service closed the connection.</source>
        <translation>De service heeft de verbinding gesloten.</translation>
    </message>
</context>
<context>
    <name>fleet::control::PeerPolicy</name>
    <message>
        <location filename="../core/control/PeerCredentials.cpp" line="+38"/>
        <source>%1 (process %2) is neither the service&apos;s user nor a member of its group.</source>
        <translation>%1 (proces %2) is noch de gebruiker van de service, noch lid van diens groep.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (process %2) is not the user the service runs as.</source>
        <translation>%1 (proces %2) is niet de gebruiker waaronder de service draait.</translation>
    </message>
</context>
<context>
    <name>fleet::control::StatusReport</name>
    <message>
        <location filename="../core/control/StatusReport.cpp" line="+211"/>
        <source>Cannot read the status from the database: %1</source>
        <translation>Kan de status niet uit de database lezen: %1</translation>
    </message>
</context>
<context>
    <name>fleet::daemon::AgentDaemon</name>
    <message>
        <location filename="../core/daemon/AgentDaemon.cpp" line="+60"/>
        <source>Another fleetkeeperd (process %1) is running on the profile %2.</source>
        <translation>Er draait al een andere fleetkeeperd (proces %1) op het profiel %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the lock file %1.</source>
        <translation>Kan het vergrendelingsbestand %1 niet aanmaken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Fleetkeeper desktop app is running on the profile %1; it runs the schedules itself.</source>
        <translation>De Fleetkeeper-desktopapp draait op het profiel %1; die voert de planningen zelf uit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Running; next poll %1</source>
        <translation>Actief; volgende uitlezing %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 Next poll %2.</source>
        <translation>%1 Volgende uitlezing %2.</translation>
    </message>
</context>
<context>
    <name>fleet::daemon::SignalWatcher</name>
    <message>
        <location filename="../core/daemon/SignalWatcher.cpp" line="+53"/>
        <source>Cannot create the signal pipe: %1</source>
        <translation>Kan de signaalpipe niet aanmaken: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot install the handler of %1: %2</source>
        <translation>Kan de handler voor %1 niet installeren: %2</translation>
    </message>
</context>
<context>
    <name>fleet::daemon::SystemdNotifier</name>
    <message>
        <location filename="../core/daemon/SystemdNotifier.cpp" line="+41"/>
        <source>The notification socket name is too long.</source>
        <translation>De naam van de notificatiesocket is te lang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create a socket: %1</source>
        <translation>Kan geen socket aanmaken: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot notify the service manager: %1</source>
        <translation>Kan de servicebeheerder niet informeren: %1</translation>
    </message>
</context>
<context>
    <name>fleet::demo::DemoFleet</name>
    <message>
        <location filename="../core/demo/DemoFleet.cpp" line="+44"/>
        <source>The printer simulator %1 could not be started: %2</source>
        <translation>De printersimulator %1 kon niet worden gestart: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer simulator stopped: %1</source>
        <translation>De printersimulator is gestopt: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The printer simulator snmpsimd is not installed (Debian package snmpsim).</source>
        <translation>De printersimulator snmpsimd is niet geïnstalleerd (Debian-pakket snmpsim).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No printer recordings (*.snmprec) in %1.</source>
        <translation>Geen printeropnamen (*.snmprec) in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many recordings for the loopback addresses 127.0.0.%1 to 127.0.0.254.</source>
        <translation>Te veel opnamen voor de loopbackadressen 127.0.0.%1 tot en met 127.0.0.254.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No free UDP port for the simulated printers on %1 to %2.</source>
        <translation>Geen vrije UDP-poort voor de gesimuleerde printers op %1 tot en met %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot create a directory for the printer simulator: %1</source>
        <translation>Kan geen map aanmaken voor de printersimulator: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer simulator did not answer within %1 seconds: %2</source>
        <translation>De printersimulator antwoordde niet binnen %1 seconden: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot store the demo&apos;s credential profile: %1</source>
        <translation>Kan het toegangsprofiel van de demo niet opslaan: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>None of the simulated printers answered the discovery.</source>
        <translation>Geen van de gesimuleerde printers antwoordde op de netwerkscan.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no output</source>
        <translation>geen uitvoer</translation>
    </message>
</context>
<context>
    <name>fleet::discovery</name>
    <message>
        <location filename="../core/discovery/CsvTargetImport.cpp" line="+87"/>
        <source>text follows a closing quote</source>
        <translation>er staat tekst na een afsluitend aanhalingsteken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a quoted field is not closed</source>
        <translation>een veld tussen aanhalingstekens is niet afgesloten</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>the header has no address column (such as “address”, “ip”, “host” or “adres”)</source>
        <translation>de kopregel heeft geen adreskolom (zoals “address”, “ip”, “host” of “adres”)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/discovery/TargetSpec.cpp" line="+245"/>
        <location line="+39"/>
        <source>the address is missing</source>
        <translation>het adres ontbreekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/discovery/TargetListBuilder.cpp" line="+104"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is larger than %1 MiB; it is not a target list</source>
        <translation>het bestand is groter dan %1 MiB; het is geen doellijst</translation>
    </message>
    <message>
        <location filename="../core/discovery/DiscoveryJob.cpp" line="+56"/>
        <source>%1: no credential profile named %2.</source>
        <translation>%1: er is geen toegangsprofiel met de naam %2.</translation>
    </message>
    <message>
        <location filename="../core/discovery/TargetListBuilder.cpp" line="-85"/>
        <source>addresses in 0.0.0.0/8 mean “this network”, not a device</source>
        <translation>adressen in 0.0.0.0/8 betekenen “dit netwerk”, niet een apparaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>255.255.255.255 is the broadcast address, not a device</source>
        <translation>255.255.255.255 is het broadcastadres, geen apparaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>addresses from 240.0.0.0 up are reserved</source>
        <translation>adressen vanaf 240.0.0.0 zijn gereserveerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/discovery/TargetSpec.cpp" line="-163"/>
        <source>a multicast address is not a device address</source>
        <translation>een multicastadres is geen apparaatadres</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>exclusion “%1”: %2</source>
        <translation>uitsluiting “%1”: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expands to %1 addresses, more than the limit of %2</source>
        <translation>levert %1 adressen op, meer dan de limiet van %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the range includes %1: %2</source>
        <translation>het bereik bevat %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+29"/>
        <source>with the targets before it the list would exceed the limit of %1</source>
        <translation>samen met de doelen ervoor zou de lijst de limiet van %1 overschrijden</translation>
    </message>
    <message>
        <location filename="../core/discovery/TargetSpec.cpp" line="-67"/>
        <source>an IPv4 address has four numbers from 0 to 255 separated by dots</source>
        <translation>een IPv4-adres bestaat uit vier getallen van 0 tot 255, gescheiden door punten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number is missing between two dots</source>
        <translation>er ontbreekt een getal tussen twee punten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has a leading zero, which some tools read as octal</source>
        <translation>“%1” begint met een nul, wat sommige programma&apos;s als octaal lezen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is greater than 255</source>
        <translation>%1 is groter dan 255</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the port is missing after “:”</source>
        <translation>de poort ontbreekt na “:”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation>de poort “%1” is geen getal van 1 tot 65535</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>IPv6 prefixes are too large to scan; give single IPv6 addresses</source>
        <translation>IPv6-prefixen zijn te groot om te scannen; geef losse IPv6-adressen op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPv6 ranges are not supported; give single IPv6 addresses</source>
        <translation>IPv6-bereiken worden niet ondersteund; geef losse IPv6-adressen op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a valid IPv6 address (write “[address]:port” to give a port)</source>
        <translation>geen geldig IPv6-adres (schrijf “[adres]:poort” om een poort op te geven)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“::” is not a device address</source>
        <translation>“::” is geen apparaatadres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a prefix needs an IPv4 address before “/”</source>
        <translation>een prefix heeft een IPv4-adres nodig vóór “/”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the prefix length “%1” is not a number from 0 to 32</source>
        <translation>de prefixlengte “%1” is geen getal van 0 tot 32</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>range start: %1</source>
        <translation>begin van het bereik: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>range end: %1</source>
        <translation>einde van het bereik: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the end of a range is an IPv4 address or a last number from 0 to 255</source>
        <translation>het einde van een bereik is een IPv4-adres of een laatste getal van 0 tot 255</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the range is reversed: %1 comes after %2</source>
        <translation>het bereik is omgekeerd: %1 komt na %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a valid host name</source>
        <translation>geen geldige hostnaam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a host name has at most 253 characters, this one has %1</source>
        <translation>een hostnaam heeft hoogstens 253 tekens, deze heeft er %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a host name has an empty label</source>
        <translation>een hostnaam heeft een leeg label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label “%1…” is longer than 63 characters</source>
        <translation>het label “%1…” is langer dan 63 tekens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“_” is not allowed in host names (label “%1”)</source>
        <translation>“_” is niet toegestaan in hostnamen (label “%1”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not allowed in host names</source>
        <translation>“%1” is niet toegestaan in hostnamen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the label “%1” starts or ends with a hyphen</source>
        <translation>het label “%1” begint of eindigt met een koppelteken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a valid IPv4 address or host name</source>
        <translation>geen geldig IPv4-adres of geldige hostnaam</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>“]” is missing after the IPv6 address</source>
        <translation>“]” ontbreekt na het IPv6-adres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only “:port” may follow “]”</source>
        <translation>na “]” mag alleen “:poort” volgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>brackets are only for IPv6 addresses</source>
        <translation>vierkante haken zijn alleen voor IPv6-adressen</translation>
    </message>
</context>
<context>
    <name>fleet::discovery::CredentialTester</name>
    <message>
        <location filename="../core/discovery/CredentialTester.cpp" line="+31"/>
        <source>Enter the host name or address of one device.</source>
        <translation>Voer de hostnaam of het adres van één apparaat in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter one host, not a list: “%1”.</source>
        <translation>Voer één host in, geen lijst: “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is a range: a credential test asks one device.</source>
        <translation>“%1” is een bereik: een test van toegangsgegevens bevraagt één apparaat.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Cannot resolve %1: %2</source>
        <translation>Kan %1 niet omzetten: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>fleet::models::AlertTableModel</name>
    <message>
        <location filename="../models/AlertTableModel.cpp" line="+138"/>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Alert code %1</source>
        <translation>Meldingscode %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>group %1</source>
        <translation>groep %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>prtAlertSeverityLevel %1 is not defined by the Printer MIB</source>
        <translation>prtAlertSeverityLevel %1 is niet gedefinieerd in de Printer MIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prtAlertSeverityLevel %1 (%2)</source>
        <translation>prtAlertSeverityLevel %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2; training level %3</source>
        <translation>%1: %2; trainingsniveau %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>serial %1</source>
        <translation>serienummer %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
%2, group index %3, location %4 (printer %5, alert row %6)</source>
        <translation>%1
%2, groepsindex %3, locatie %4 (printer %5, meldingsrij %6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+44"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Cleared: not reported by the device at %1</source>
        <translation>Opgeheven: niet meer gemeld door het apparaat op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+42"/>
        <source>Not acknowledged</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Bevestigd door %1 op %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group / code</source>
        <translation>Groep / code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen</source>
        <translation>Eerst gezien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bevestigd</translation>
    </message>
</context>
<context>
    <name>fleet::models::CredentialProfileModel</name>
    <message>
        <location filename="../models/CredentialProfileModel.cpp" line="+61"/>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%1 ms, %n retries</source>
        <translation>
            <numerusform>%1 ms, %n herhaalpoging</numerusform>
            <numerusform>%1 ms, %n herhaalpogingen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
</context>
<context>
    <name>fleet::models::DeviceAlertModel</name>
    <message>
        <location filename="../models/DeviceAlertModel.cpp" line="+34"/>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning (state change)</source>
        <translation>Waarschuwing (statuswijziging)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity %1</source>
        <translation>Ernst %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert code %1</source>
        <translation>Meldingscode %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (group %2, code %3)</source>
        <translation>%1 (groep %2, code %3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>fleet::models::DeviceEventModel</name>
    <message>
        <location filename="../models/DeviceEventModel.cpp" line="+34"/>
        <source>Counter went down</source>
        <translation>Teller is gedaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meters disagree</source>
        <translation>Tellers spreken elkaar tegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meters agree again</source>
        <translation>Tellers komen weer overeen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP address changed</source>
        <translation>IP-adres gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device added</source>
        <translation>Apparaat toegevoegd</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>fleet::models::DevicePropertiesModel</name>
    <message>
        <location filename="../models/DevicePropertiesModel.cpp" line="+41"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex</source>
        <translation>Duplex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marking technology</source>
        <translation>Afdruktechniek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print speed (pages per minute)</source>
        <translation>Afdruksnelheid (pagina’s per minuut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Geheugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk</source>
        <translation>Schijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk used</source>
        <translation>Schijf in gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed components</source>
        <translation>Geïnstalleerde onderdelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input trays</source>
        <translation>Invoerladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output bins</source>
        <translation>Uitvoerbakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers</source>
        <translation>Kleppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page description languages</source>
        <translation>Paginabeschrijvingstalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media paths</source>
        <translation>Papierbanen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers</source>
        <translation>Markeereenheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network interfaces</source>
        <translation>Netwerkinterfaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP addresses</source>
        <translation>IP-adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default gateway</source>
        <translation>Standaardgateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining capacity</source>
        <translation>Resterende capaciteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device index</source>
        <translation>Apparaatindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Life count</source>
        <translation>Levensduurteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power-on count</source>
        <translation>Teller sinds inschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology</source>
        <translation>Techniek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter type</source>
        <translation>Type teller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface index</source>
        <translation>Interface-index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAC address</source>
        <translation>MAC-adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational status</source>
        <translation>Bedrijfsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet mask</source>
        <translation>Subnetmasker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>some remaining</source>
        <translation>nog wat over</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+133"/>
        <source>not reported</source>
        <translation>niet gerapporteerd</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+1"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none reported</source>
        <translation>geen gerapporteerd</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Property</source>
        <translation>Eigenschap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>fleet::models::DeviceTableModel</name>
    <message>
        <location filename="../models/DeviceTableModel.cpp" line="+78"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>some remaining</source>
        <translation>nog wat over</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>full</source>
        <translation>vol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>low (%1)</source>
        <translation>laag (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nearly full (%1)</source>
        <translation>bijna vol (%1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (was %2)</source>
        <translation>%1 (was %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total pages</source>
        <translation>Totaal pagina&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplies</source>
        <translation>Verbruiksartikelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful poll</source>
        <translation>Laatste geslaagde uitlezing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status text</source>
        <translation>Statustekst</translation>
    </message>
</context>
<context>
    <name>fleet::models::DiscoveryResultModel</name>
    <message>
        <location filename="../models/DiscoveryResultModel.cpp" line="+60"/>
        <source>known, moved from %1</source>
        <translation>bekend, verplaatst van %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>known</source>
        <translation>bekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not stored</source>
        <translation>niet opgeslagen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>not a printer</source>
        <translation>geen printer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufacturer</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sysObjectID</source>
        <translation>sysObjectID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
</context>
<context>
    <name>fleet::models::ExchangeModel</name>
    <message>
        <location filename="../models/ExchangeModel.cpp" line="+43"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes out</source>
        <translation>Bytes uit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes in</source>
        <translation>Bytes in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payload id</source>
        <translation>Payload-id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Storing</translation>
    </message>
</context>
<context>
    <name>fleet::models::FleetGroupModel</name>
    <message>
        <location filename="../models/FleetGroupModel.cpp" line="+193"/>
        <source>(no location)</source>
        <translation>(geen locatie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no model)</source>
        <translation>(geen model)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 — %n device(s)</source>
        <translation>
            <numerusform>%1 — %n apparaat</numerusform>
            <numerusform>%1 — %n apparaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::models::MeterTableModel</name>
    <message>
        <location filename="../models/MeterTableModel.cpp" line="+17"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black</source>
        <translation>Zwart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-colour</source>
        <translation>Tweekleuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, black</source>
        <translation>Afdrukken, zwart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, colour</source>
        <translation>Afdrukken, kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, two-colour</source>
        <translation>Afdrukken, tweekleuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy, black</source>
        <translation>Kopiëren, zwart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy, colour</source>
        <translation>Kopiëren, kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy, two-colour</source>
        <translation>Kopiëren, tweekleuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax, black</source>
        <translation>Fax, zwart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax, colour</source>
        <translation>Fax, kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax, two-colour</source>
        <translation>Fax, tweekleuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan, black</source>
        <translation>Scannen, zwart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan, colour</source>
        <translation>Scannen, kleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan to copy</source>
        <translation>Scannen voor kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan to fax</source>
        <translation>Scannen naar fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan, other</source>
        <translation>Scannen, overig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex</source>
        <translation>Duplex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black, large</source>
        <translation>Zwart, groot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black, small</source>
        <translation>Zwart, klein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, large</source>
        <translation>Kleur, groot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour, small</source>
        <translation>Kleur, klein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large format</source>
        <translation>Groot formaat</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Marker %1 life count (device %2)</source>
        <translation>Levensduurteller markeereenheid %1 (apparaat %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printer MIB</source>
        <translation>Printer MIB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vendor profile %1 (%2)</source>
        <translation>Fabrikantprofiel %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor profile %1</source>
        <translation>Fabrikantprofiel %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Raw value: %1</source>
        <translation>Ruwe waarde: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lower than the reading before: not counted as usage</source>
        <translation>Lager dan de vorige tellerstand: niet als verbruik geteld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Meter</source>
        <translation>Teller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read at</source>
        <translation>Uitgelezen op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>fleet::models::OutboxModel</name>
    <message>
        <location filename="../models/OutboxModel.cpp" line="+47"/>
        <source>Queued</source>
        <translation>In wachtrij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Next attempt %1</source>
        <translation>Volgende poging %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idempotency key</source>
        <translation>Idempotentiesleutel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered at</source>
        <translation>Afgeleverd op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>fleet::models::PollLogModel</name>
    <message>
        <location filename="../models/PollLogModel.cpp" line="+43"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partial</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No response (device off, filtered, or wrong community)</source>
        <translation>Geen antwoord (apparaat uit, gefilterd of verkeerde community)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMPv3 user unknown to the device</source>
        <translation>SNMPv3-gebruiker onbekend bij het apparaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong SNMPv3 authentication password</source>
        <translation>Verkeerd SNMPv3-authenticatiewachtwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong SNMPv3 privacy password</source>
        <translation>Verkeerd SNMPv3-privacywachtwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMPv3 clock out of the time window</source>
        <translation>SNMPv3-klok buiten het tijdvenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security level not supported by the device</source>
        <translation>Beveiligingsniveau niet ondersteund door het apparaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name not found (DNS)</source>
        <translation>Naam niet gevonden (DNS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Malformed answer from the device</source>
        <translation>Onjuist opgebouwd antwoord van het apparaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device&apos;s agent reported an error</source>
        <translation>De agent van het apparaat meldde een fout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took too long (deadline exceeded)</source>
        <translation>Duurde te lang (tijdslimiet overschreden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad credential profile or address</source>
        <translation>Ongeldig toegangsprofiel of adres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal error</source>
        <translation>Interne fout</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>fleet::models::SupplyForecastModel</name>
    <message>
        <location filename="../models/SupplyForecastModel.cpp" line="+64"/>
        <source>Not enough data</source>
        <translation>Onvoldoende gegevens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full</source>
        <translation>Vol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Empty</source>
        <translation>Leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in sight (over 100 years at this rate)</source>
        <translation>Niet in zicht (meer dan 100 jaar in dit tempo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probably full by now (estimated %1)</source>
        <translation>Waarschijnlijk inmiddels vol (geschat %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probably empty by now (estimated %1)</source>
        <translation>Waarschijnlijk inmiddels leeg (geschat %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Full in about %n day(s), around %1</source>
        <translation>
            <numerusform>Vol over ongeveer %n dag, rond %1</numerusform>
            <numerusform>Vol over ongeveer %n dagen, rond %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Empty in about %n day(s), around %1</source>
        <translation>
            <numerusform>Leeg over ongeveer %n dag, rond %1</numerusform>
            <numerusform>Leeg over ongeveer %n dagen, rond %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n reading(s) since %1, %2 % per day</source>
        <translation>
            <numerusform>%n meting sinds %1, %2 % per dag</numerusform>
            <numerusform>%n metingen sinds %1, %2 % per dag</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No readings</source>
        <translation>Geen metingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device reports no level, only a state (%1)</source>
        <translation>Het apparaat meldt geen niveau, alleen een toestand (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reading(s) with a level since %1; at least 3 are needed</source>
        <translation>
            <numerusform>%n meting met een niveau sinds %1; er zijn er minstens 3 nodig</numerusform>
            <numerusform>%n metingen met een niveau sinds %1; er zijn er minstens 3 nodig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The readings since %1 cover less than a day</source>
        <translation>De metingen sinds %1 beslaan minder dan een dag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The level has not fallen since %1</source>
        <translation>Het niveau is niet gedaald sinds %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(refilled or replaced: older readings left out)</source>
        <translation>(bijgevuld of vervangen: oudere metingen weggelaten)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Supply</source>
        <translation>Verbruiksartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to empty</source>
        <translation>Dagen tot leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Based on</source>
        <translation>Gebaseerd op</translation>
    </message>
</context>
<context>
    <name>fleet::models::SupplyGaugeModel</name>
    <message>
        <location filename="../models/SupplyGaugeModel.cpp" line="+61"/>
        <source>Supply</source>
        <translation>Verbruiksartikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
</context>
<context>
    <name>fleet::posture</name>
    <message>
        <location filename="../core/posture/PostureExport.cpp" line="+61"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remedy</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Fleetkeeper security posture</source>
        <translation>Fleetkeeper-beveiligingsstatus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Security posture</source>
        <translation>Beveiligingsstatus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated %1</source>
        <translation>Gegenereerd op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent settings</source>
        <translation>Agentinstellingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Score %1 / 100</source>
        <translation>Score %1 / 100</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probed</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Device %1</source>
        <translation>Apparaat %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../core/posture/PostureReportBuilder.cpp" line="+52"/>
        <source>TCP port %1 accepted a connection.</source>
        <translation>TCP-poort %1 accepteerde een verbinding.</translation>
    </message>
    <message>
        <location filename="../core/posture/PostureTypes.cpp" line="+216"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
</context>
<context>
    <name>fleet::posture::DeviceProbe</name>
    <message>
        <location filename="../core/posture/DeviceProbe.cpp" line="+125"/>
        <source>The stored address %1 is not HOST:PORT.</source>
        <translation>Het opgeslagen adres %1 is geen HOST:POORT.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The name %1 does not resolve: %2</source>
        <translation>De naam %1 kan niet worden omgezet: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No default community answered, so no SET was tried.</source>
        <translation>Geen enkele standaard-community antwoordde, dus er is geen SET geprobeerd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not tested with &quot;%1&quot;: sysLocation could not be read (%2).</source>
        <translation>Niet getest met &quot;%1&quot;: sysLocation kon niet worden gelezen (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A SET of sysLocation to its own value was accepted with &quot;%1&quot;.</source>
        <translation>Een SET van sysLocation op de eigen waarde werd geaccepteerd met &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SET refused with &quot;%1&quot;: %2</source>
        <translation>SET geweigerd met &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>fleet::posture::PostureReportBuilder</name>
    <message>
        <location filename="../core/posture/PostureReportBuilder.cpp" line="+60"/>
        <source>Firmware older than on other devices of the same model</source>
        <translation>Oudere firmware dan op andere apparaten van hetzelfde model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device runs %1; another %2 in the fleet runs %3.</source>
        <translation>Dit apparaat draait %1; een ander %2 in de vloot draait %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update the firmware to the newest version the manufacturer publishes for this model; newer firmware usually closes known security holes.</source>
        <translation>Werk de firmware bij naar de nieuwste versie die de fabrikant voor dit model publiceert; nieuwere firmware dicht meestal bekende beveiligingslekken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The device could not be probed</source>
        <translation>Het apparaat kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the stored address and name resolution, then probe again.</source>
        <translation>Controleer het opgeslagen adres en de naamomzetting en controleer het apparaat daarna opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device did not answer the probe</source>
        <translation>Het apparaat reageerde niet op de controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SNMP answer and no TCP port answered at %1.</source>
        <translation>Geen SNMP-antwoord en geen enkele TCP-poort antwoordde op %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the device is switched on and reachable, then probe again.</source>
        <translation>Controleer of het apparaat is ingeschakeld en bereikbaar is, en controleer het daarna opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SNMP write access with a default community</source>
        <translation>SNMP-schrijftoegang met een standaard-community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device accepted an SNMP SET with the community &quot;%1&quot; (the value was set to what it already was, nothing changed).</source>
        <translation>Het apparaat accepteerde een SNMP SET met de community &quot;%1&quot; (de waarde werd ingesteld op wat die al was, er is niets gewijzigd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the SNMP write (set) community to a long, secret value or disable SNMP write access in the device&apos;s web page; use SNMPv3 with authentication for changes.</source>
        <translation>Wijzig de SNMP-schrijfcommunity (set) in een lange, geheime waarde of schakel SNMP-schrijftoegang uit op de webpagina van het apparaat; gebruik SNMPv3 met authenticatie voor wijzigingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SNMPv1 answers a default community</source>
        <translation>SNMPv1 antwoordt op een standaard-community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMPv1 answered with %1.</source>
        <translation>SNMPv1 antwoordde met %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable SNMPv1 if nothing needs it, and change the read community to a secret value (then update the credential profile in Fleetkeeper).</source>
        <translation>Schakel SNMPv1 uit als niets het nodig heeft, en wijzig de leescommunity in een geheime waarde (werk daarna het toegangsprofiel in Fleetkeeper bij).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SNMPv2c answers a default community</source>
        <translation>SNMPv2c antwoordt op een standaard-community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMPv2c answered with %1.</source>
        <translation>SNMPv2c antwoordde met %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the read community to a secret value (then update the credential profile in Fleetkeeper), or switch to SNMPv3 and disable SNMPv1/v2c.</source>
        <translation>Wijzig de leescommunity in een geheime waarde (werk daarna het toegangsprofiel in Fleetkeeper bij), of stap over op SNMPv3 en schakel SNMPv1/v2c uit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNMPv3 is not available</source>
        <translation>SNMPv3 is niet beschikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device did not answer SNMPv3 engine discovery.</source>
        <translation>Het apparaat antwoordde niet op de SNMPv3-engine-discovery.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable SNMPv3 with authentication and privacy (SHA and AES) in the device&apos;s web page, add a matching credential profile, then disable SNMPv1/v2c.</source>
        <translation>Schakel SNMPv3 met authenticatie en privacy (SHA en AES) in op de webpagina van het apparaat, voeg een bijpassend toegangsprofiel toe en schakel daarna SNMPv1/v2c uit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telnet is open</source>
        <translation>Telnet is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable Telnet in the device&apos;s network settings; it sends passwords in clear text.</source>
        <translation>Schakel Telnet uit in de netwerkinstellingen van het apparaat; het verstuurt wachtwoorden als leesbare tekst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTP is open</source>
        <translation>FTP is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable FTP on the device unless you print or update firmware through it; it is not encrypted.</source>
        <translation>Schakel FTP op het apparaat uit, tenzij u ermee afdrukt of er firmware mee bijwerkt; het is niet versleuteld.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The web page is also served without TLS</source>
        <translation>De webpagina wordt ook zonder TLS aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web page is served without TLS only</source>
        <translation>De webpagina wordt alleen zonder TLS aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port 80 (HTTP) and port 443 (HTTPS) are both open.</source>
        <translation>Poort 80 (HTTP) en poort 443 (HTTPS) zijn beide open.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port 80 (HTTP) is open, port 443 (HTTPS) is not.</source>
        <translation>Poort 80 (HTTP) is open, poort 443 (HTTPS) niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable HTTPS on the device, redirect or disable plain HTTP, and set an administrator password for the web page.</source>
        <translation>Schakel HTTPS in op het apparaat, stuur gewoon HTTP door of schakel het uit, en stel een beheerderswachtwoord in voor de webpagina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LPR printing (clear text) is open</source>
        <translation>LPR-afdrukken (leesbare tekst) is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable LPR/LPD if your print servers do not use it; prefer IPPS (IPP over TLS).</source>
        <translation>Schakel LPR/LPD uit als uw printservers het niet gebruiken; geef de voorkeur aan IPPS (IPP via TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raw port 9100 printing (clear text) is open</source>
        <translation>Raw afdrukken via poort 9100 (leesbare tekst) is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrict raw 9100 printing to your print servers (device access list) or disable it and use IPPS; anyone who reaches it can print or send printer commands.</source>
        <translation>Beperk raw afdrukken via 9100 tot uw printservers (toegangslijst van het apparaat) of schakel het uit en gebruik IPPS; iedereen die het bereikt, kan afdrukken of printeropdrachten sturen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPP is open</source>
        <translation>IPP is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefer IPPS (IPP over TLS) and require TLS for IPP where the device allows it.</source>
        <translation>Geef de voorkeur aan IPPS (IPP via TLS) en vereis TLS voor IPP waar het apparaat dat toestaat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settings can be changed remotely (Normal security mode)</source>
        <translation>Instellingen kunnen extern worden gewijzigd (normale beveiligingsmodus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is registered and runs in Normal mode.</source>
        <translation>De agent is geregistreerd en draait in de normale modus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to Locked down mode if the site&apos;s policy forbids remote changes (Settings, Remote services, Security mode).</source>
        <translation>Schakel over naar de vergrendelde modus als het beleid van de vestiging externe wijzigingen verbiedt (Instellingen, Remote services, Beveiligingsmodus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server certificate is not pinned</source>
        <translation>Het servercertificaat is niet vastgepind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent trusts any certificate a trusted CA issued for the server&apos;s name.</source>
        <translation>De agent vertrouwt elk certificaat dat een vertrouwde CA voor de naam van de server heeft uitgegeven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the server&apos;s SPKI pin (sync pin) so that only the provider&apos;s own key is accepted.</source>
        <translation>Stel de SPKI-pin van de server in (sync pin), zodat alleen de eigen sleutel van de provider wordt geaccepteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote actions from the server are allowed</source>
        <translation>Externe acties van de server zijn toegestaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remote-services server may ask for device actions.</source>
        <translation>De server voor remote services mag om apparaatacties vragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny remote actions, or allow only the ones you need, if the site does not want the provider to act on devices.</source>
        <translation>Weiger externe acties, of sta alleen de acties toe die u nodig hebt, als de vestiging niet wil dat de provider acties op apparaten uitvoert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions that change devices are enabled</source>
        <translation>Acties die apparaten wijzigen zijn ingeschakeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled: %1.</source>
        <translation>Ingeschakeld: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable reboot and firmware upgrade in the action settings if nobody at the site uses them.</source>
        <translation>Schakel herstarten en firmware-upgrade uit in de actie-instellingen als niemand op de vestiging ze gebruikt.</translation>
    </message>
</context>
<context>
    <name>fleet::receiver::Cli</name>
    <message>
        <location filename="../core/receiver/ReceiverCli.cpp" line="+57"/>
        <source>Usage:
  fleetkeeper-receiver serve --listen HOST:PORT --cert FILE --key FILE --client-ca FILE --data DIR
                             --registration-key KEY [--registration-key KEY2 ...] [options]
  fleetkeeper-receiver queue --data DIR --agent ID --action ACTION --device-id N [--serial S]
                             [--param k=v ...] [--params-json JSON] [--expires-in-hours H]
  fleetkeeper-receiver list agents|payloads|commands|results|requests --data DIR [--agent ID]
                             [--json] [--show-keys]
  fleetkeeper-receiver set-settings --data DIR --agent ID FILE.json
  fleetkeeper-receiver revoke --data DIR --agent ID
Run a command with --help for its options.
</source>
        <translation>Gebruik:
  fleetkeeper-receiver serve --listen HOST:POORT --cert BESTAND --key BESTAND --client-ca BESTAND --data MAP
                             --registration-key SLEUTEL [--registration-key SLEUTEL2 ...] [opties]
  fleetkeeper-receiver queue --data MAP --agent ID --action ACTIE --device-id N [--serial S]
                             [--param k=v ...] [--params-json JSON] [--expires-in-hours H]
  fleetkeeper-receiver list agents|payloads|commands|results|requests --data MAP [--agent ID]
                             [--json] [--show-keys]
  fleetkeeper-receiver set-settings --data MAP --agent ID BESTAND.json
  fleetkeeper-receiver revoke --data MAP --agent ID
Voer een opdracht uit met --help voor de bijbehorende opties.
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Runs the remote-services server (docs/protocol.md) over mutual TLS.</source>
        <translation>Draait de server voor remote services (docs/protocol.md) over wederzijdse TLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address and port (port 0: any free one).</source>
        <translation>Adres en poort (poort 0: een willekeurige vrije poort).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HOST:PORT</source>
        <translation>HOST:POORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate chain (PEM).</source>
        <translation>Certificaatketen van de server (PEM).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Server private key (PEM, unencrypted).</source>
        <translation>Privésleutel van de server (PEM, onversleuteld).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate(s) that issue agent certificates (PEM).</source>
        <translation>CA-certifica(a)t(en) die de agentcertificaten uitgeven (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory (receiver.db, payloads).</source>
        <translation>Gegevensmap (receiver.db, payloads).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+107"/>
        <location line="+74"/>
        <location line="+60"/>
        <location line="+32"/>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>A registration key agents may register with.</source>
        <translation>Een registratiesleutel waarmee agents zich mogen registreren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of registration keys, one a line (keeps them out of the process list).</source>
        <translation>Een bestand met registratiesleutels, één per regel (houdt ze buiten de proceslijst).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path prefix of the endpoints, e.g. /fleetkeeper.</source>
        <translation>Padvoorvoegsel van de endpoints, bijv. /fleetkeeper.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Suggested daily upload time, HH:MM.</source>
        <translation>Voorgesteld dagelijks uploadtijdstip, UU:MM.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>HH:MM</source>
        <translation>UU:MM</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Suggested daily command poll time, HH:MM.</source>
        <translation>Voorgesteld dagelijks tijdstip om opdrachten op te halen, UU:MM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xmllint used for schema validation.</source>
        <translation>xmllint dat wordt gebruikt voor schemavalidatie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check payload structure only, without xmllint.</source>
        <translation>Alleen de structuur van de payload controleren, zonder xmllint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test: answer the next N uploads with 503.</source>
        <translation>Test: de volgende N uploads beantwoorden met 503.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+97"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Retry-After of those 503 answers, in seconds.</source>
        <translation>Retry-After van die 503-antwoorden, in seconden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+96"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Test: store each new upload, then close the connection without answering.</source>
        <translation>Test: elke nieuwe upload opslaan en daarna de verbinding sluiten zonder te antwoorden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test: wait this long before every answer.</source>
        <translation>Test: zo lang wachten vóór elk antwoord.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+3"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time a request head may take from its first byte.</source>
        <translation>Tijd die de kop van een verzoek mag duren vanaf de eerste byte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time a body may go without progress.</source>
        <translation>Tijd die een body zonder voortgang mag blijven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time an idle keep-alive connection is kept.</source>
        <translation>Tijd dat een inactieve keep-aliveverbinding open blijft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--listen wants HOST:PORT with a numeric address, e.g. 127.0.0.1:8443</source>
        <translation>--listen verwacht HOST:POORT met een numeriek adres, bijv. 127.0.0.1:8443</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+200"/>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>at least one --registration-key (or --registration-key-file) is required</source>
        <translation>minstens één --registration-key (of --registration-key-file) is verplicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--base-path must start with /</source>
        <translation>--base-path moet beginnen met /</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 wants HH:MM</source>
        <translation>--%1 verwacht UU:MM</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a numeric option has a value that is not a number or is out of range</source>
        <translation>een numerieke optie heeft een waarde die geen getal is of buiten het bereik valt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>xmllint (Debian: libxml2-utils) is needed to validate payloads; install it or pass --no-schema-validation</source>
        <translation>xmllint (Debian: libxml2-utils) is nodig om payloads te valideren; installeer het of geef --no-schema-validation op</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Queues a command for an agent and prints its id.</source>
        <translation>Zet een opdracht voor een agent in de wachtrij en toont het id ervan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+74"/>
        <location line="+60"/>
        <location line="+32"/>
        <source>Data directory of the receiver.</source>
        <translation>Gegevensmap van de receiver.</translation>
    </message>
    <message>
        <location line="-165"/>
        <location line="+134"/>
        <location line="+32"/>
        <source>Agent id.</source>
        <translation>Agent-id.</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+74"/>
        <location line="+60"/>
        <location line="+32"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>One of: %1.</source>
        <translation>Een van: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device id as in the payload (device/@id).</source>
        <translation>Apparaat-id zoals in de payload (device/@id).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device serial number.</source>
        <translation>Serienummer van het apparaat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A string parameter (repeatable).</source>
        <translation>Een tekstparameter (herhaalbaar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>k=v</source>
        <translation>k=v</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters as a JSON object (merged with --param).</source>
        <translation>Parameters als JSON-object (samengevoegd met --param).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validity; 0 or less makes it expired already.</source>
        <translation>Geldigheid; bij 0 of minder is de opdracht meteen verlopen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test: accept an action outside the list.</source>
        <translation>Test: een actie buiten de lijst accepteren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown action %1 (one of: %2)</source>
        <translation>onbekende actie %1 (een van: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--device-id wants a number</source>
        <translation>--device-id verwacht een getal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--params-json wants a JSON object</source>
        <translation>--params-json verwacht een JSON-object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--param wants k=v, got %1</source>
        <translation>--param verwacht k=v, kreeg %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--expires-in-hours wants a number</source>
        <translation>--expires-in-hours verwacht een getal</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Lists what the receiver stored.</source>
        <translation>Toont wat de receiver heeft opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this agent&apos;s rows.</source>
        <translation>Alleen de rijen van deze agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON array instead of a table.</source>
        <translation>Een JSON-array in plaats van een tabel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the payload keys (agents).</source>
        <translation>De payloadsleutels meenemen (agents).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>list wants one of: %1</source>
        <translation>list verwacht een van: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no %1)</source>
        <translation>(geen %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Replaces an agent&apos;s settings with the JSON object in FILE (- for stdin) and prints the new revision.</source>
        <translation>Vervangt de instellingen van een agent door het JSON-object in BESTAND (- voor stdin) en toont de nieuwe revisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON object of settings.</source>
        <translation>JSON-object met instellingen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>set-settings wants one FILE.json</source>
        <translation>set-settings verwacht één BESTAND.json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is geen JSON-object: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revokes an agent: its requests are refused with 403 and its certificate cannot register again.</source>
        <translation>Trekt een agent in: zijn verzoeken worden geweigerd met 403 en zijn certificaat kan zich niet opnieuw registreren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown agent %1</source>
        <translation>onbekende agent %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown command %1
</source>
        <translation>onbekende opdracht %1
</translation>
    </message>
</context>
<context>
    <name>fleet::schedule::PollJob</name>
    <message>
        <location filename="../core/schedule/PollJob.cpp" line="+48"/>
        <source>A poll is already running.</source>
        <translation>Er loopt al een uitlezing.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No devices to poll.</source>
        <translation>Geen apparaten om uit te lezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Polled %n device(s): %1 answered, %2 did not.</source>
        <translation>
            <numerusform>%n apparaat uitgelezen: %1 antwoordde, %2 niet.</numerusform>
            <numerusform>%n apparaten uitgelezen: %1 antwoordden, %2 niet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::schedule::Schedule</name>
    <message>
        <location filename="../core/schedule/Schedule.cpp" line="+38"/>
        <source>The interval must be at least one second.</source>
        <translation>Het interval moet minstens één seconde zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of day is not valid.</source>
        <translation>Het tijdstip is niet geldig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time zone is not valid.</source>
        <translation>De tijdzone is niet geldig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The random spread must be between zero and 24 hours.</source>
        <translation>De willekeurige spreiding moet tussen nul en 24 uur liggen.</translation>
    </message>
</context>
<context>
    <name>fleet::schedule::ScheduleState</name>
    <message>
        <location filename="../core/schedule/ScheduleState.cpp" line="+91"/>
        <source>not a schedule state of this version</source>
        <translation>geen planningsstatus van deze versie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>job %1 has unreadable values</source>
        <translation>taak %1 heeft onleesbare waarden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The schedule state %1 was damaged (%2); the schedules start afresh.</source>
        <translation>De planningsstatus %1 was beschadigd (%2); de planningen beginnen opnieuw.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Cannot write the schedule state %1: %2</source>
        <translation>Kan de planningsstatus %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>fleet::schedule::ScheduledDiscovery</name>
    <message>
        <location filename="../core/schedule/ScheduledDiscovery.cpp" line="+55"/>
        <source>The discovery targets leave no address to sweep.</source>
        <translation>De doelen van de netwerkscan laten geen adres over om te scannen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A discovery is already running.</source>
        <translation>Er loopt al een netwerkscan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The discovery has no targets to sweep.</source>
        <translation>De netwerkscan heeft geen doelen om te scannen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No stored credential profile named %1.</source>
        <translation>Er is geen opgeslagen toegangsprofiel met de naam %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the discovery&apos;s credential profiles is stored any more.</source>
        <translation>Geen van de toegangsprofielen van de netwerkscan is nog opgeslagen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 printers, %2 other SNMP devices, %3 without answer</source>
        <translation>%1 printers, %2 andere SNMP-apparaten, %3 zonder antwoord</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discovery: %1 printers found (%2 new), %3 other SNMP devices, %4 without answer.</source>
        <translation>Netwerkscan: %1 printers gevonden (%2 nieuw), %3 andere SNMP-apparaten, %4 zonder antwoord.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printers found could not be stored: %1</source>
        <translation>De gevonden printers konden niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>fleet::schedule::Scheduler</name>
    <message>
        <location filename="../core/schedule/Scheduler.cpp" line="+29"/>
        <source>A job needs a name.</source>
        <translation>Een taak heeft een naam nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a job named %1.</source>
        <translation>Er is al een taak met de naam %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>There is no job named %1.</source>
        <translation>Er is geen taak met de naam %1.</translation>
    </message>
</context>
<context>
    <name>fleet::security</name>
    <message>
        <location filename="../core/security/Permissions.cpp" line="+75"/>
        <source>view the fleet</source>
        <translation>de vloot bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>poll devices now</source>
        <translation>apparaten nu uitlezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discover devices</source>
        <translation>apparaten ontdekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit SNMP credentials</source>
        <translation>SNMP-toegangsgegevens bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>acknowledge alerts</source>
        <translation>meldingen bevestigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export data</source>
        <translation>gegevens exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>instellingen wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register with the remote-services server</source>
        <translation>registreren bij de server voor remote services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>synchronise with the remote-services server</source>
        <translation>synchroniseren met de server voor remote services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the security mode</source>
        <translation>de beveiligingsmodus wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view payloads</source>
        <translation>payloads bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>get a device&apos;s status</source>
        <translation>de status van een apparaat opvragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reboot devices</source>
        <translation>apparaten herstarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade device firmware</source>
        <translation>de firmware van apparaten upgraden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>troubleshoot devices</source>
        <translation>problemen met apparaten oplossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print test pages</source>
        <translation>testpagina&apos;s afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start device management</source>
        <translation>apparaatbeheer starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open a device&apos;s web page</source>
        <translation>de webpagina van een apparaat openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit log</source>
        <translation>het auditlogboek bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change their own password</source>
        <translation>het eigen wachtwoord wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power User</source>
        <translation>Ervaren gebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer Administrator</source>
        <translation>Klantbeheerder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) heeft geen toestemming voor: %3.</translation>
    </message>
    <message>
        <location filename="../core/security/ActingUser.cpp" line="+31"/>
        <source>The system user %1 has no Fleetkeeper role: use --as NAME (password on standard input), or ask an administrator to map one of your groups to a role.</source>
        <translation>De systeemgebruiker %1 heeft geen Fleetkeeper-rol: gebruik --as NAAM (wachtwoord via standaardinvoer), of vraag een beheerder om een van uw groepen aan een rol te koppelen.</translation>
    </message>
    <message>
        <location filename="../core/security/UserStore.cpp" line="+52"/>
        <source>A user name has 1 to 64 characters and does not start or end with a space.</source>
        <translation>Een gebruikersnaam heeft 1 tot en met 64 tekens en begint of eindigt niet met een spatie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user name may not contain control characters.</source>
        <translation>Een gebruikersnaam mag geen stuurtekens bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name %1 is reserved.</source>
        <translation>De gebruikersnaam %1 is gereserveerd.</translation>
    </message>
</context>
<context>
    <name>fleet::security::AuditLog</name>
    <message>
        <location filename="../core/security/AuditLog.cpp" line="+151"/>
        <source>An audit entry needs an actor and an action.</source>
        <translation>Een auditvermelding heeft een uitvoerder en een actie nodig.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Row %1 is missing (deleted).</source>
        <translation>Rij %1 ontbreekt (verwijderd).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows %1 to %2 are missing (deleted).</source>
        <translation>Rijen %1 tot en met %2 ontbreken (verwijderd).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 was changed: its contents no longer match its hash.</source>
        <translation>Rij %1 is gewijzigd: de inhoud komt niet meer overeen met de hash.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 does not follow row %2: the chain was reordered or a row was replaced.</source>
        <translation>Rij %1 volgt niet op rij %2: de keten is van volgorde veranderd of er is een rij vervangen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1 has another hash than the anchor noted earlier: the chain was rewritten.</source>
        <translation>Rij %1 heeft een andere hash dan het eerder genoteerde anker: de keten is herschreven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the audit log</source>
        <translation>Het auditlogboek lezen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The newest row %1 is missing (deleted).</source>
        <translation>De nieuwste rij %1 ontbreekt (verwijderd).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest rows %1 to %2 are missing (deleted).</source>
        <translation>De nieuwste rijen %1 tot en met %2 ontbreken (verwijderd).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row %1 of the anchor noted earlier is missing: the chain was cut or rewritten.</source>
        <translation>Rij %1 van het eerder genoteerde anker ontbreekt: de keten is ingekort of herschreven.</translation>
    </message>
</context>
<context>
    <name>fleet::security::PasswordHasher</name>
    <message>
        <location filename="../core/security/PasswordHasher.cpp" line="+45"/>
        <source>The cryptography library could not be initialised.</source>
        <translation>De cryptografiebibliotheek kon niet worden geïnitialiseerd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hashing the password failed (not enough memory for Argon2id?).</source>
        <translation>Het hashen van het wachtwoord is mislukt (onvoldoende geheugen voor Argon2id?).</translation>
    </message>
</context>
<context>
    <name>fleet::security::UserStore</name>
    <message>
        <location filename="../core/security/UserStore.cpp" line="+18"/>
        <source>A password needs at least %1 characters.</source>
        <translation>Een wachtwoord heeft minstens %1 tekens nodig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password may not be the user name.</source>
        <translation>Het wachtwoord mag niet gelijk zijn aan de gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no user %1.</source>
        <translation>Er is geen gebruiker %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+269"/>
        <source>%1 is not a role for an account.</source>
        <translation>%1 is geen rol voor een account.</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+31"/>
        <source>An administrator exists already.</source>
        <translation>Er bestaat al een beheerder.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>A user named %1 exists already.</source>
        <translation>Er bestaat al een gebruiker met de naam %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Wrong password.</source>
        <translation>Verkeerd wachtwoord.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Unknown user name or wrong password.</source>
        <translation>Onbekende gebruikersnaam of verkeerd wachtwoord.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Wrong password. After %1 failed attempts the account is locked until %2.</source>
        <translation>Verkeerd wachtwoord. Na %1 mislukte pogingen is het account vergrendeld tot %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown user name.</source>
        <translation>Onbekende gebruikersnaam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account %1 is disabled.</source>
        <translation>Het account %1 is uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is locked after too many failed sign-ins until %2.</source>
        <translation>Het account %1 is na te veel mislukte aanmeldingen vergrendeld tot %2.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 is the last administrator; make another user administrator first.</source>
        <translation>%1 is de laatste beheerder; maak eerst een andere gebruiker beheerder.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A group name is needed.</source>
        <translation>Een groepsnaam is vereist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a role for a group.</source>
        <translation>%1 is geen rol voor een groep.</translation>
    </message>
</context>
<context>
    <name>fleet::snmp::AsyncSession</name>
    <message>
        <location filename="../core/snmp/AsyncSession.cpp" line="+101"/>
        <source>The agent does not know this SNMPv3 user.</source>
        <translation>De agent kent deze SNMPv3-gebruiker niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication failed: wrong authentication password or protocol.</source>
        <translation>Authenticatie mislukt: verkeerd authenticatiewachtwoord of -protocol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent could not decrypt the request: wrong privacy password or protocol.</source>
        <translation>De agent kon het verzoek niet ontsleutelen: verkeerd privacywachtwoord of -protocol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent rejected the request as outside its time window.</source>
        <translation>De agent wees het verzoek af omdat het buiten zijn tijdvenster viel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent does not support this security level for the user.</source>
        <translation>De agent ondersteunt dit beveiligingsniveau niet voor deze gebruiker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent rejected its own engine ID.</source>
        <translation>De agent wees zijn eigen engine-ID af.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent sent a report: %1</source>
        <translation>De agent stuurde een report: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent&apos;s answer does not authenticate with our key: wrong authentication password or protocol.</source>
        <translation>Het antwoord van de agent authenticeert niet met onze sleutel: verkeerd authenticatiewachtwoord of -protocol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s answer does not decrypt with our key: wrong privacy password or protocol.</source>
        <translation>Het antwoord van de agent is niet te ontsleutelen met onze sleutel: verkeerd privacywachtwoord of -protocol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent answered for a user we do not know.</source>
        <translation>De agent antwoordde voor een gebruiker die wij niet kennen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A value of type %1 cannot be written.</source>
        <translation>Een waarde van het type %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not encode the value to write.</source>
        <translation>Kan de te schrijven waarde niet coderen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Could not derive the authentication key.</source>
        <translation>Kan de authenticatiesleutel niet afleiden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not derive the privacy key.</source>
        <translation>Kan de privacysleutel niet afleiden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not open an SNMP session to %1: %2</source>
        <translation>Kan geen SNMP-sessie openen naar %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SNMP session has no socket.</source>
        <translation>De SNMP-sessie heeft geen socket.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The SNMP session is closed.</source>
        <translation>De SNMP-sessie is gesloten.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sending the request failed: %1</source>
        <translation>Het verzenden van het verzoek is mislukt: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not send the SNMPv3 discovery request.</source>
        <translation>Kan het SNMPv3-discoveryverzoek niet verzenden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s answer to SNMPv3 discovery carried no engine ID.</source>
        <translation>Het antwoord van de agent op de SNMPv3-discovery bevatte geen engine-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer to SNMPv3 engine discovery (host down, filtered, or no SNMPv3).</source>
        <translation>Geen antwoord op SNMPv3-engine-discovery (host uit, gefilterd of geen SNMPv3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not set up the SNMPv3 user for the discovered engine.</source>
        <translation>Kan de SNMPv3-gebruiker niet instellen voor de gevonden engine.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The request could not be delivered (host or port unreachable).</source>
        <translation>Het verzoek kon niet worden afgeleverd (host of poort onbereikbaar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No response (host down, filtered, or wrong community/credentials).</source>
        <translation>Geen antwoord (host uit, gefilterd of verkeerde community/toegangsgegevens).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SNMP transport failed (operation %1).</source>
        <translation>Het SNMP-transport is mislukt (bewerking %1).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The agent answered, but the answer could not be decoded.</source>
        <translation>De agent antwoordde, maar het antwoord kon niet worden gedecodeerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent answered SNMPv3 discovery but not the encrypted request: wrong privacy password or protocol (or a user it does not know and does not report).</source>
        <translation>De agent beantwoordde de SNMPv3-discovery, maar niet het versleutelde verzoek: verkeerd privacywachtwoord of -protocol (of een gebruiker die hij niet kent en dat niet meldt).</translation>
    </message>
</context>
<context>
    <name>fleet::snmp::Credential</name>
    <message>
        <location filename="../core/snmp/Credential.cpp" line="+93"/>
        <source>Timeout must be between 10 ms and 120 s.</source>
        <translation>De time-out moet tussen 10 ms en 120 s liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retries must be between 0 and 10.</source>
        <translation>Het aantal herhaalpogingen moet tussen 0 en 10 liggen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max-repetitions must be between 1 and 1000.</source>
        <translation>Max-repetitions moet tussen 1 en 1000 liggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A community is required for SNMPv1/v2c.</source>
        <translation>Voor SNMPv1/v2c is een community vereist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SNMPv3 user name is required.</source>
        <translation>Een SNMPv3-gebruikersnaam is vereist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SNMPv3 user name has at most 32 octets.</source>
        <translation>Een SNMPv3-gebruikersnaam heeft hoogstens 32 octets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SNMPv3 context name is too long.</source>
        <translation>De SNMPv3-contextnaam is te lang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security level %1 needs an authentication protocol.</source>
        <translation>Beveiligingsniveau %1 vereist een authenticatieprotocol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The authentication passphrase must have at least 8 characters.</source>
        <translation>De wachtwoordzin voor authenticatie moet minstens 8 tekens hebben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security level authPriv needs a privacy protocol.</source>
        <translation>Beveiligingsniveau authPriv vereist een privacyprotocol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The privacy passphrase must have at least 8 characters.</source>
        <translation>De wachtwoordzin voor privacy moet minstens 8 tekens hebben.</translation>
    </message>
</context>
<context>
    <name>fleet::snmp::MultiWalk</name>
    <message>
        <location filename="../core/snmp/MultiWalk.cpp" line="+81"/>
        <source>The walk needed more than %1 requests; stopped (agent loops or is far too large).</source>
        <translation>De walk had meer dan %1 verzoeken nodig; gestopt (de agent zit in een lus of is veel te groot).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The agent returned non-increasing OIDs under %1 (%2 after %3); that subtree was cut short.</source>
        <translation>De agent gaf niet-oplopende OID&apos;s onder %1 (%2 na %3); die subboom is ingekort.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent sent more than %1 values; the walk was stopped (a table that never ends?).</source>
        <translation>De agent stuurde meer dan %1 waarden; de walk is gestopt (een tabel zonder einde?).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The agent answers tooBig to a GET of %1 alone; skipped.</source>
        <translation>De agent antwoordt tooBig op een GET van alleen %1; overgeslagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent answers tooBig even to a single value.</source>
        <translation>De agent antwoordt tooBig zelfs op één enkele waarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent answered with error-status %1 and no usable index.</source>
        <translation>De agent antwoordde met error-status %1 en geen bruikbare index.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent refused to walk %1 (error-status %2).</source>
        <translation>De agent weigerde een walk van %1 (error-status %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The agent answered without values for %1 subtree(s); they were skipped.</source>
        <translation>De agent antwoordde zonder waarden voor %1 subbo(o)m(en); die zijn overgeslagen.</translation>
    </message>
</context>
<context>
    <name>fleet::storage</name>
    <message>
        <location filename="../core/storage/CredentialRepository.cpp" line="+135"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/SecretKeychainBackend.cpp" line="+110"/>
        <source>To keep the secrets in an encrypted file instead, set [secrets] backend=file in fleetkeeper.ini.</source>
        <translation>Om de geheimen in plaats daarvan in een versleuteld bestand te bewaren, stelt u [secrets] backend=file in fleetkeeper.ini in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain did not answer within %1 seconds while %2 (is it locked and waiting for a password prompt?). %3</source>
        <translation>De sleutelhanger antwoordde niet binnen %1 seconden tijdens %2 (is hij vergrendeld en wacht hij op een wachtwoordprompt?). %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain refused access while %1: %2</source>
        <translation>De sleutelhanger weigerde de toegang tijdens %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain is available while %1: %2. %3</source>
        <translation>Er is geen sleutelhanger beschikbaar tijdens %1: %2. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain failed while %1: %2. %3</source>
        <translation>De sleutelhanger is mislukt tijdens %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>fleet::storage::AlertRepository</name>
    <message>
        <location filename="../core/storage/AlertRepository.cpp" line="+248"/>
        <source>No alert to acknowledge was given.</source>
        <translation>Er is geen melding opgegeven om te bevestigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An acknowledgement needs the name of who acknowledges; it is empty.</source>
        <translation>Een bevestiging heeft de naam nodig van wie bevestigt; die is leeg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An acknowledgement needs a valid time.</source>
        <translation>Een bevestiging heeft een geldig tijdstip nodig.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No alert has the id %1; nothing was acknowledged.</source>
        <translation>Er is geen melding met id %1; er is niets bevestigd.</translation>
    </message>
</context>
<context>
    <name>fleet::storage::CredentialRepository</name>
    <message>
        <location filename="../core/storage/CredentialRepository.cpp" line="-60"/>
        <source>A credential profile needs a name without &apos;/&apos; (got &quot;%1&quot;).</source>
        <translation>Een toegangsprofiel heeft een naam zonder &apos;/&apos; nodig (gekregen: &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two credential profiles are named &quot;%1&quot;.</source>
        <translation>Er zijn twee toegangsprofielen met de naam &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fleet::storage::Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+45"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 is geen gewoon bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an SQLite database (damaged or another kind of file); it was left untouched.</source>
        <translation>%1 is geen SQLite-database (beschadigd of een ander soort bestand); het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 cannot be read as a database; it was left untouched. %2</source>
        <translation>%1 kan niet als database worden gelezen; het is ongemoeid gelaten. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 belongs to another application; it was left untouched.</source>
        <translation>%1 hoort bij een andere toepassing; het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is another application&apos;s database (it has tables but no Fleetkeeper schema version); it was left untouched.</source>
        <translation>%1 is de database van een andere toepassing (die heeft tabellen maar geen Fleetkeeper-schemaversie); het is ongemoeid gelaten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer Fleetkeeper (schema version %2; this version knows up to %3). It was left untouched; update Fleetkeeper to open it.</source>
        <translation>%1 is geschreven door een nieuwere Fleetkeeper (schemaversie %2; deze versie kent tot en met %3). Het is ongemoeid gelaten; werk Fleetkeeper bij om het te openen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Upgrading %1 to schema version %2 failed and was undone; the database stays at version %3. %4</source>
        <translation>Het bijwerken van %1 naar schemaversie %2 is mislukt en teruggedraaid; de database blijft op versie %3. %4</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database is not open.</source>
        <translation>De database is niet geopend.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing a database query</source>
        <translation>Een databasequery voorbereiden</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+32"/>
        <source>Database query</source>
        <translation>Databasequery</translation>
    </message>
</context>
<context>
    <name>fleet::storage::FleetHealth</name>
    <message>
        <location filename="../core/storage/FleetHealth.cpp" line="+104"/>
        <source>No printers yet</source>
        <translation>Nog geen printers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning</source>
        <translation>1 waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 warnings</source>
        <translation>%1 waarschuwingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 error</source>
        <translation>1 storing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 errors</source>
        <translation>%1 storingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not reporting</source>
        <translation>%1 zonder rapportage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unknown</source>
        <translation>%1 onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 printer</source>
        <translation>1 printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 printers</source>
        <translation>%1 printers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>fleet::storage::SecretBackend</name>
    <message>
        <location filename="../core/storage/SecretBackend.cpp" line="+37"/>
        <source>no &quot;secrets&quot; object</source>
        <translation>geen &quot;secrets&quot;-object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Fleetkeeper</source>
        <translation>geschreven door een nieuwere Fleetkeeper</translation>
    </message>
</context>
<context>
    <name>fleet::storage::SecretFileBackend</name>
    <message>
        <location filename="../core/storage/SecretFileBackend.cpp" line="+63"/>
        <source>The cryptography library could not be initialised.</source>
        <translation>De cryptografiebibliotheek kon niet worden geïnitialiseerd.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file %1 of the encrypted secrets %2 is missing, so they cannot be read. Restore the key file from a backup; the encrypted file was left unchanged.</source>
        <translation>Het sleutelbestand %1 van de versleutelde geheimen %2 ontbreekt, dus ze kunnen niet worden gelezen. Zet het sleutelbestand terug uit een back-up; het versleutelde bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+120"/>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Cannot create the secrets key file %1: %2</source>
        <translation>Kan het sleutelbestand voor de geheimen %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the secrets key file %1: %2</source>
        <translation>Kan het sleutelbestand voor de geheimen %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secrets key file %1 can be read by other users (mode %2); it was not used. Restrict it with: chmod 600 %1</source>
        <translation>Het sleutelbestand voor de geheimen %1 kan door andere gebruikers worden gelezen (modus %2); het is niet gebruikt. Beperk het met: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the secrets key file %1: %2</source>
        <translation>Kan het sleutelbestand voor de geheimen %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secrets key file %1 is not a Fleetkeeper key (expected %2 hexadecimal digits).</source>
        <translation>Het sleutelbestand voor de geheimen %1 is geen Fleetkeeper-sleutel (verwacht: %2 hexadecimale cijfers).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The secrets file %1 can be read by other users (mode %2); it was not loaded. Restrict it with: chmod 600 %1</source>
        <translation>Het geheimenbestand %1 kan door andere gebruikers worden gelezen (modus %2); het is niet geladen. Beperk het met: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Kan het geheimenbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secrets file %1 is not an encrypted Fleetkeeper secrets file; it was left unchanged.</source>
        <translation>Het geheimenbestand %1 is geen versleuteld Fleetkeeper-geheimenbestand; het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secrets file %1 cannot be decrypted with the key in %2: the key file does not belong to it or the file is damaged. Both were left unchanged.</source>
        <translation>Het geheimenbestand %1 kan niet worden ontsleuteld met de sleutel in %2: het sleutelbestand hoort er niet bij of het bestand is beschadigd. Beide zijn ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secrets file %1 is not valid (%2); it was left unchanged.</source>
        <translation>Het geheimenbestand %1 is ongeldig (%2); het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secrets were not saved, so as not to overwrite the existing store. %1</source>
        <translation>De geheimen zijn niet opgeslagen, om de bestaande opslag niet te overschrijven. %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot create the secrets file %1: %2</source>
        <translation>Kan het geheimenbestand %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Kan het geheimenbestand %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secrets file %1 was written but has mode %2 instead of 0600.</source>
        <translation>Het geheimenbestand %1 is geschreven, maar heeft modus %2 in plaats van 0600.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove the secrets file %1: %2</source>
        <translation>Kan het geheimenbestand %1 niet verwijderen: %2</translation>
    </message>
</context>
<context>
    <name>fleet::storage::SecretKeychainBackend</name>
    <message>
        <location filename="../core/storage/SecretKeychainBackend.cpp" line="+12"/>
        <source>the keychain entry &quot;%1&quot; of %2</source>
        <translation>het sleutelbositem &quot;%1&quot; van %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>there is no session bus</source>
        <translation>er is geen sessiebus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the session bus cannot be reached: %1</source>
        <translation>de sessiebus is niet bereikbaar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the session bus cannot be reached</source>
        <translation>de sessiebus is niet bereikbaar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no Secret Service (%1) is running on the session bus</source>
        <translation>er draait geen Secret Service (%1) op de sessiebus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reading the secrets</source>
        <translation>het lezen van de geheimen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain entry &quot;%1&quot; of %2 is not valid (%3); it was left unchanged.</source>
        <translation>Het sleutelbositem &quot;%1&quot; van %2 is ongeldig (%3); het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>saving the secrets</source>
        <translation>het opslaan van de geheimen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>removing the secrets</source>
        <translation>het verwijderen van de geheimen</translation>
    </message>
</context>
<context>
    <name>fleet::storage::SecretLegacyBackend</name>
    <message>
        <location filename="../core/storage/SecretLegacyBackend.cpp" line="+29"/>
        <source>The secrets file %1 can be read by other users (mode %2); it was not loaded. Restrict it with: chmod 600 %1</source>
        <translation>Het geheimenbestand %1 is leesbaar voor andere gebruikers (modus %2); het is niet geladen. Beperk de rechten met: chmod 600 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Kan het geheimenbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secrets file %1 is not valid (%2); it was left unchanged.</source>
        <translation>Het geheimenbestand %1 is ongeldig (%2); het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>Cannot overwrite the old plain secrets file %1: %2. Remove it by hand.</source>
        <translation>Kan het oude, onversleutelde geheimenbestand %1 niet overschrijven: %2. Verwijder het handmatig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot remove the old plain secrets file %1: %2. Remove it by hand.</source>
        <translation>Kan het oude, onversleutelde geheimenbestand %1 niet verwijderen: %2. Verwijder het handmatig.</translation>
    </message>
</context>
<context>
    <name>fleet::storage::SecretStore</name>
    <message>
        <location filename="../core/storage/SecretStore.cpp" line="+137"/>
        <location line="+9"/>
        <source>chosen in the settings</source>
        <translation>gekozen in de instellingen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The keychain is chosen for the secrets ([secrets] backend=keychain) but cannot be used: %1.</source>
        <translation>De sleutelbos is gekozen voor de geheimen ([secrets] backend=keychain), maar kan niet worden gebruikt: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secrets of this profile are in the desktop keychain (see %1), which cannot be reached here: %2. Run from the desktop session that owns the keychain.</source>
        <translation>De geheimen van dit profiel staan in de sleutelbos van het bureaublad (zie %1), die hier niet bereikbaar is: %2. Voer dit uit vanuit de bureaubladsessie die eigenaar is van de sleutelbos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>already used by this profile</source>
        <translation>al in gebruik door dit profiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a Secret Service is available</source>
        <translation>er is een Secret Service beschikbaar</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The secrets of the plain file %1 could not be moved to %2; the plain file was left in place. %3</source>
        <translation>De geheimen uit het onversleutelde bestand %1 konden niet naar %2 worden verplaatst; het onversleutelde bestand is blijven staan. %3</translation>
    </message>
</context>
<context>
    <name>fleet::storage::SnapshotStore</name>
    <message>
        <location filename="../core/storage/SnapshotStore.cpp" line="+279"/>
        <source>There is no device with id %1.</source>
        <translation>Er is geen apparaat met id %1.</translation>
    </message>
</context>
<context>
    <name>fleet::storage::StorageError</name>
    <message>
        <location filename="../core/storage/StorageError.cpp" line="+69"/>
        <source>the disk is full or the database reached its size limit</source>
        <translation>de schijf is vol of de database heeft zijn maximale grootte bereikt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database file or its folder is read-only</source>
        <translation>het databasebestand of de map ervan is alleen-lezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database is locked by another process</source>
        <translation>de database is vergrendeld door een ander proces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reading or writing the database file failed (disk full or I/O error)</source>
        <translation>lezen of schrijven van het databasebestand is mislukt (schijf vol of I/O-fout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database file is damaged or not a database</source>
        <translation>het databasebestand is beschadigd of geen database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database file cannot be opened</source>
        <translation>het databasebestand kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a database rule was violated</source>
        <translation>een databaseregel is geschonden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database error</source>
        <translation>databasefout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>fleet::storage::StorageWorker</name>
    <message numerus="yes">
        <location filename="../core/storage/StorageWorker.cpp" line="+50"/>
        <source>Storing %n snapshot(s) failed; nothing of this batch was saved. %1</source>
        <translation>
            <numerusform>Het opslaan van %n momentopname is mislukt; niets van deze reeks is bewaard. %1</numerusform>
            <numerusform>Het opslaan van %n momentopnamen is mislukt; niets van deze reeks is bewaard. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::sync</name>
    <message>
        <location filename="../core/sync/PayloadView.cpp" line="+38"/>
        <source>There is no outbox item %1 (it may have been pruned).</source>
        <translation>Er is geen item %1 in de verzendwachtrij (mogelijk is het opgeruimd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payload cannot be decrypted with the stored key: %1</source>
        <translation>De payload kan niet worden ontsleuteld met de opgeslagen sleutel: %1</translation>
    </message>
</context>
<context>
    <name>fleet::sync::CommandValidator</name>
    <message>
        <location filename="../core/sync/CommandValidator.cpp" line="+69"/>
        <source>the parameter &quot;page&quot; must be &quot;test&quot; or &quot;configuration&quot;</source>
        <translation>de parameter &quot;page&quot; moet &quot;test&quot; of &quot;configuration&quot; zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parameter &quot;url&quot; must be an https:// URL</source>
        <translation>de parameter &quot;url&quot; moet een https://-URL zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the parameter &quot;sha256&quot; must be 64 lowercase hex characters</source>
        <translation>de parameter &quot;sha256&quot; moet uit 64 hexadecimale kleine letters/cijfers bestaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the action does not take the parameter &quot;%1&quot;</source>
        <translation>de actie accepteert de parameter &quot;%1&quot; niet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The command list is %1 bytes, more than the %2 this agent reads.</source>
        <translation>De opdrachtenlijst is %1 bytes, meer dan de %2 die deze agent leest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The command list is not valid JSON: %1 at byte %2.</source>
        <translation>De opdrachtenlijst is geen geldige JSON: %1 bij byte %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command list is not an object with a &quot;commands&quot; array.</source>
        <translation>De opdrachtenlijst is geen object met een &quot;commands&quot;-array.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command list holds %1 commands, more than the %2 this agent takes at once.</source>
        <translation>De opdrachtenlijst bevat %1 opdrachten, meer dan de %2 die deze agent in één keer aanneemt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A command is not a JSON object.</source>
        <translation>Een opdracht is geen JSON-object.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A command has no usable id (1 to %1 of A-Z a-z 0-9 . _ : -).</source>
        <translation>Een opdracht heeft geen bruikbaar id (1 tot %1 tekens uit A-Z a-z 0-9 . _ : -).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The command id %1 appears more than once in the list.</source>
        <translation>Het opdracht-id %1 komt meer dan eens voor in de lijst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Onbekende actie &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command has no action.</source>
        <translation>De opdracht heeft geen actie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The parameters are not a JSON object.</source>
        <translation>De parameters zijn geen JSON-object.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bad parameters: %1.</source>
        <translation>Ongeldige parameters: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>issuedAt or expiresAt is not an ISO 8601 time.</source>
        <translation>issuedAt of expiresAt is geen ISO 8601-tijdstip.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command expired at %1.</source>
        <translation>De opdracht is verlopen op %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The action %1 needs a device.</source>
        <translation>De actie %1 vereist een apparaat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The device is not given as {&quot;id&quot;: &lt;positive integer&gt;}.</source>
        <translation>Het apparaat is niet opgegeven als {&quot;id&quot;: &lt;positief geheel getal&gt;}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device serial is not a string of at most %1 characters.</source>
        <translation>Het serienummer van het apparaat is geen tekenreeks van hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown device %1.</source>
        <translation>Onbekend apparaat %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device %1 has serial %2, not %3.</source>
        <translation>Apparaat %1 heeft serienummer %2, niet %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>fleet::sync::ConsentStore</name>
    <message>
        <location filename="../core/sync/ConsentStore.cpp" line="+41"/>
        <source>There is no remote request %1.</source>
        <translation>Er is geen extern verzoek %1.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>%1 (%2) is not a person and cannot decide on a remote request.</source>
        <translation>%1 (%2) is geen persoon en kan niet beslissen over een extern verzoek.</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Nobody approved or denied the request before %1; it expired.</source>
        <translation>Niemand heeft het verzoek vóór %1 goedgekeurd of geweigerd; het is verlopen.</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>Remote request %1 is no longer waiting for a decision (%2).</source>
        <translation>Extern verzoek %1 wacht niet meer op een beslissing (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Denied by %1.</source>
        <translation>Geweigerd door %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied by %1: %2</source>
        <translation>Geweigerd door %1: %2</translation>
    </message>
</context>
<context>
    <name>fleet::sync::HttpsClient</name>
    <message>
        <location filename="../core/sync/HttpsClient.cpp" line="+36"/>
        <source>Cannot read the client key %1: %2</source>
        <translation>Kan de clientsleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client key %1 cannot be read: it is not a PEM private key, or it is encrypted and the passphrase is wrong or missing.</source>
        <translation>De clientsleutel %1 kan niet worden gelezen: het is geen PEM-privésleutel, of hij is versleuteld en de wachtwoordzin is onjuist of ontbreekt.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Kan de CA-bundel %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>De CA-bundel %1 bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Kan het clientcertificaat %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PKCS#12 file %1 cannot be opened: it is damaged, or the passphrase is wrong or missing.</source>
        <translation>Het PKCS#12-bestand %1 kan niet worden geopend: het is beschadigd, of de wachtwoordzin is onjuist of ontbreekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client certificate %1 cannot be read or holds no PEM certificate.</source>
        <translation>Het clientcertificaat %1 kan niet worden gelezen of bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 %2 is not sent in locked-down mode.</source>
        <translation>%1 %2 wordt niet verzonden in de vergrendelde modus.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The public key of %1 (pin %2) is not the pinned one (%3); the request was not sent. The server&apos;s certificate was replaced, or something intercepts the connection.</source>
        <translation>De openbare sleutel van %1 (pin %2) is niet de vastgepinde (%3); het verzoek is niet verzonden. Het certificaat van de server is vervangen, of iets onderschept de verbinding.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No progress talking to %1 for %2 s; the request was abandoned.</source>
        <translation>Geen voortgang in de communicatie met %1 gedurende %2 s; het verzoek is afgebroken.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The certificate of %1 is for another host name (%2): %3</source>
        <translation>Het certificaat van %1 is voor een andere hostnaam (%2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 is not valid now (valid %2 to %3): %4</source>
        <translation>Het certificaat van %1 is nu niet geldig (geldig van %2 tot %3): %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate of %1 is not issued by a trusted authority: %2. Configure the provider&apos;s CA bundle, or check for an intercepting proxy.</source>
        <translation>Het certificaat van %1 is niet uitgegeven door een vertrouwde instantie: %2. Stel de CA-bundel van de provider in, of controleer of er een onderscheppende proxy is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of %1 was refused: %2</source>
        <translation>Het certificaat van %1 is geweigerd: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>The proxy refused the credentials (or wants some): %1</source>
        <translation>De proxy weigerde de toegangsgegevens (of vraagt erom): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy failed: %1</source>
        <translation>De proxy is mislukt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS handshake with %1 failed: %2. The server may offer nothing newer than TLS 1.1, or it refused the client certificate.</source>
        <translation>De TLS-handshake met %1 is mislukt: %2. Mogelijk biedt de server niets nieuwers dan TLS 1.1, of weigerde hij het clientcertificaat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> The proxy may not accept the configured credentials.</source>
        <translation> Mogelijk accepteert de proxy de ingestelde toegangsgegevens niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy failed: %1.</source>
        <translation>De proxy is mislukt: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server answered %1 %2.</source>
        <translation>De server antwoordde %1 %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered %1 %2: %3</source>
        <translation>De server antwoordde %1 %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer in time.</source>
        <translation>%1 antwoordde niet op tijd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach %1: %2</source>
        <translation>Kan %1 niet bereiken: %2</translation>
    </message>
</context>
<context>
    <name>fleet::sync::PayloadBuilder</name>
    <message>
        <location filename="../core/sync/PayloadBuilder.cpp" line="+106"/>
        <source>The payload could not be written completely.</source>
        <translation>De payload kon niet volledig worden geschreven.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Payload schema version %1 is not supported; this agent writes version %2.</source>
        <translation>Payloadschemaversie %1 wordt niet ondersteund; deze agent schrijft versie %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent id &quot;%1&quot; is empty or contains control characters or extra spaces.</source>
        <translation>Het agent-id &quot;%1&quot; is leeg of bevat stuurtekens of overbodige spaties.</translation>
    </message>
</context>
<context>
    <name>fleet::sync::RemoteActions</name>
    <message>
        <location filename="../core/sync/RemoteActions.cpp" line="+75"/>
        <source>Device %1 is no longer stored.</source>
        <translation>Apparaat %1 is niet meer opgeslagen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is not a device action.</source>
        <translation>%1 is geen apparaatactie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware is not upgraded on a server&apos;s request: this agent does not download firmware files. An administrator upgrades it locally from a checked file.</source>
        <translation>Firmware wordt niet op verzoek van een server geüpgraded: deze agent downloadt geen firmwarebestanden. Een beheerder voert de upgrade lokaal uit vanaf een gecontroleerd bestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This agent prints its own test page, not the device&apos;s configuration page.</source>
        <translation>Deze agent drukt een eigen testpagina af, niet de configuratiepagina van het apparaat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The request could not be stored for consent: %1</source>
        <translation>Het verzoek kon niet worden opgeslagen voor goedkeuring: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Awaiting consent: a local administrator must approve %1 on %2 before %3.</source>
        <translation>Wacht op goedkeuring: een lokale beheerder moet %1 op %2 goedkeuren vóór %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The request names no device.</source>
        <translation>Het verzoek noemt geen apparaat.</translation>
    </message>
</context>
<context>
    <name>fleet::sync::RemoteSettings</name>
    <message>
        <location filename="../core/sync/RemoteSettings.cpp" line="+91"/>
        <source>not a whole number from 1 to 1440</source>
        <translation>geen geheel getal van 1 tot 1440</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+143"/>
        <location line="+136"/>
        <source>not an object</source>
        <translation>geen object</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>unknown field, not used</source>
        <translation>onbekend veld, niet gebruikt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more unknown field(s), not used</source>
        <translation>
            <numerusform>nog %n onbekend veld, niet gebruikt</numerusform>
            <numerusform>nog %n onbekende velden, niet gebruikt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>mode can only be &quot;off&quot;; a schedule is given by everyHours or dailyAt</source>
        <translation>mode kan alleen &quot;off&quot; zijn; een planning wordt opgegeven met everyHours of dailyAt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected one of {&quot;mode&quot;: &quot;off&quot;}, {&quot;everyHours&quot;: N} or {&quot;dailyAt&quot;: &quot;HH:MM&quot;}, with targets and credentialProfiles</source>
        <translation>verwacht een van {&quot;mode&quot;: &quot;off&quot;}, {&quot;everyHours&quot;: N} of {&quot;dailyAt&quot;: &quot;HH:MM&quot;}, met targets en credentialProfiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>everyHours must be a whole number from %1 to %2</source>
        <translation>everyHours moet een geheel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dailyAt must be a time of day as HH:MM</source>
        <translation>dailyAt moet een tijdstip zijn in de vorm HH:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>targets must be a list of at most %1 target specs, printable text only</source>
        <translation>targets moet een lijst zijn van hoogstens %1 doelen, alleen afdrukbare tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentialProfiles must be a list of at most 32 profile names, printable text only</source>
        <translation>credentialProfiles moet een lijst zijn van hoogstens 32 profielnamen, alleen afdrukbare tekst</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not a list of at most %1 profiles</source>
        <translation>geen lijst van hoogstens %1 profielen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a second profile named %1</source>
        <translation>een tweede profiel met de naam %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>name must be 1 to 64 printable characters</source>
        <translation>name moet uit 1 tot 64 afdrukbare tekens bestaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>enabled and notifyClear must be true or false</source>
        <translation>enabled en notifyClear moeten true of false zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kinds must be a list of condition kinds</source>
        <translation>kinds moet een lijst van soorten condities zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown condition kind %1</source>
        <translation>onbekende soort conditie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>categories must be a list of alert categories</source>
        <translation>categories moet een lijst van meldingscategorieën zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown alert category %1</source>
        <translation>onbekende meldingscategorie %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>minSeverity must be info, warning or critical</source>
        <translation>minSeverity moet info, warning of critical zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scope must be all, location, model or devices</source>
        <translation>scope moet all, location, model of devices zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scopeValues must be a list of at most 256 short texts</source>
        <translation>scopeValues moet een lijst van hoogstens 256 korte teksten zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recipients must be a list of 1 to 32 e-mail addresses</source>
        <translation>recipients moet een lijst van 1 tot 32 e-mailadressen zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delivery must be immediate or digest</source>
        <translation>delivery moet immediate of digest zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>digestHour must be a whole number from 0 to 23</source>
        <translation>digestHour moet een geheel getal van 0 tot 23 zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reminderHours must be a whole number from 0 to 720</source>
        <translation>reminderHours moet een geheel getal van 0 tot 720 zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quietHours must be {&quot;from&quot;: &quot;HH:MM&quot;, &quot;to&quot;: &quot;HH:MM&quot;}</source>
        <translation>quietHours moet {&quot;from&quot;: &quot;HH:MM&quot;, &quot;to&quot;: &quot;HH:MM&quot;} zijn</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown field %1</source>
        <translation>onbekend veld %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timeoutMs must be 100 to 60000</source>
        <translation>timeoutMs moet 100 tot 60000 zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retries must be 0 to 10</source>
        <translation>retries moet 0 tot 10 zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>communities must be a list of at most 16 strings</source>
        <translation>communities moet een lijst van hoogstens 16 tekenreeksen zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a community must be 1 to 64 printable characters</source>
        <translation>een community moet uit 1 tot 64 afdrukbare tekens bestaan</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <location line="+1"/>
        <source>%n community string(s)</source>
        <translation>
            <numerusform>%n communitystring</numerusform>
            <numerusform>%n communitystrings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settings document is larger than %1 bytes.</source>
        <translation>Het instellingendocument is groter dan %1 bytes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings document is not {&quot;revision&quot;: N, &quot;settings&quot;: {...}}.</source>
        <translation>Het instellingendocument is niet {&quot;revision&quot;: N, &quot;settings&quot;: {...}}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown setting</source>
        <translation>onbekende instelling</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remote setting %1 changed from %2 to %3 (revision %4)</source>
        <translation>Externe instelling %1 gewijzigd van %2 naar %3 (revisie %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(unset)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remote setting ignored: %1</source>
        <translation>Externe instelling genegeerd: %1</translation>
    </message>
</context>
<context>
    <name>fleet::sync::SyncAgent</name>
    <message numerus="yes">
        <location filename="../core/sync/SyncAgent.cpp" line="+56"/>
        <source>%n payload(s) delivered</source>
        <translation>
            <numerusform>%n payload afgeleverd</numerusform>
            <numerusform>%n payloads afgeleverd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n still queued</source>
        <translation>
            <numerusform>%n nog in de wachtrij</numerusform>
            <numerusform>%n nog in de wachtrij</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next attempt at %1.</source>
        <translation>Volgende poging om %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n command(s) received: %1 done, %2 failed, %3 rejected, %4 unsupported.</source>
        <translation>
            <numerusform>%n opdracht ontvangen: %1 uitgevoerd, %2 mislukt, %3 geweigerd, %4 niet ondersteund.</numerusform>
            <numerusform>%n opdrachten ontvangen: %1 uitgevoerd, %2 mislukt, %3 geweigerd, %4 niet ondersteund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 denied, %2 awaiting consent.</source>
        <translation>%1 geweigerd, %2 wachten op goedkeuring.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n approved request(s) run.</source>
        <translation>
            <numerusform>%n goedgekeurd verzoek uitgevoerd.</numerusform>
            <numerusform>%n goedgekeurde verzoeken uitgevoerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n setting(s) changed.</source>
        <translation>
            <numerusform>%n instelling gewijzigd.</numerusform>
            <numerusform>%n instellingen gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan de database %1 niet openen: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+76"/>
        <location line="+196"/>
        <location line="+211"/>
        <source>Another sync operation is running.</source>
        <translation>Er loopt al een andere synchronisatie.</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>This agent is not registered with a server; run &apos;fleetkeeper-cli register&apos;.</source>
        <translation>Deze agent is niet bij een server geregistreerd; voer &apos;fleetkeeper-cli register&apos; uit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payload key is missing from the secrets store; register again.</source>
        <translation>De payloadsleutel ontbreekt in de geheimenopslag; registreer opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused this agent; register again before the next sync.</source>
        <translation>De server weigerde deze agent; registreer opnieuw vóór de volgende synchronisatie.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Payload %1 delivered (%2).</source>
        <translation>Payload %1 afgeleverd (%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Payload %1 rejected: %2</source>
        <translation>Payload %1 geweigerd: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The payload could not be built: %1</source>
        <translation>De payload kon niet worden samengesteld: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The payload could not be encrypted: %1</source>
        <translation>De payload kon niet worden versleuteld: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Locked-down mode: the agent does not ask the server for commands.</source>
        <translation>Vergrendelde modus: de agent vraagt de server niet om opdrachten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This agent is not registered with a server.</source>
        <translation>Deze agent is niet bij een server geregistreerd.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The result of command %1 was refused: %2</source>
        <translation>Het resultaat van opdracht %1 is geweigerd: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings not fetched: %1</source>
        <translation>Instellingen niet opgehaald: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setting %1: %2 -&gt; %3</source>
        <translation>Instelling %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting ignored: %1</source>
        <translation>Instelling genegeerd: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Remote command %1 rejected: %2</source>
        <translation>Externe opdracht %1 geweigerd: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no id)</source>
        <translation>(geen id)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Remote command %1: %2 (%3)</source>
        <translation>Externe opdracht %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Device %1 is no longer stored.</source>
        <translation>Apparaat %1 is niet meer opgeslagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Polled, but the result could not be stored: %1</source>
        <translation>Uitgelezen, maar het resultaat kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Polled device %1 in %2 s: %3.</source>
        <translation>Apparaat %1 uitgelezen in %2 s: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device %1 did not answer (%2).</source>
        <translation>Apparaat %1 antwoordde niet (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no result</source>
        <translation>geen resultaat</translation>
    </message>
</context>
<context>
    <name>fleet::sync::SyncClient</name>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="+34"/>
        <source>The %1 is missing.</source>
        <translation>Gegeven ontbreekt: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 must be printable text of at most %2 characters.</source>
        <translation>%1: moet afdrukbare tekst van hoogstens %2 tekens zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registration key</source>
        <translation>registratiesleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>vestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact e-mail address</source>
        <translation>e-mailadres van de contactpersoon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 is geen e-mailadres.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The registration answer is not a JSON object.</source>
        <translation>Het registratieantwoord is geen JSON-object.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registration answer has no usable agent id.</source>
        <translation>Het registratieantwoord bevat geen bruikbaar agent-id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registration answer has no usable payload key (64 lowercase hex characters).</source>
        <translation>Het registratieantwoord bevat geen bruikbare payloadsleutel (64 hexadecimale kleine letters/cijfers).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server answered the registration with %1.</source>
        <translation>De server beantwoordde de registratie met %1.</translation>
    </message>
</context>
<context>
    <name>fleet::sync::SyncSettings</name>
    <message>
        <location filename="../core/sync/SyncSettings.cpp" line="+130"/>
        <source>The settings file %1 could not be written.</source>
        <translation>Het instellingenbestand %1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No server URL is configured.</source>
        <translation>Er is geen server-URL ingesteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server URL %1 is not https://; the agent only talks to a server over HTTPS.</source>
        <translation>De server-URL %1 is geen https://-adres; de agent communiceert alleen via HTTPS met een server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server URL %1 has no host name.</source>
        <translation>De server-URL %1 heeft geen hostnaam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The pin must be the base64 SHA-256 of the server&apos;s public key (44 characters).</source>
        <translation>De pin moet de base64-SHA-256 van de openbare sleutel van de server zijn (44 tekens).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No client certificate is configured; the server identifies the agent by it.</source>
        <translation>Er is geen clientcertificaat ingesteld; de server herkent de agent daaraan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PEM client certificate needs its private key (--client-key).</source>
        <translation>Een PEM-clientcertificaat heeft een bijbehorende privésleutel nodig (--client-key).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An explicit proxy needs a host and a port.</source>
        <translation>Een expliciete proxy heeft een host en een poort nodig.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::AcknowledgeDialog</name>
    <message>
        <location filename="../ui/AcknowledgeDialog.cpp" line="+21"/>
        <source>Acknowledge alerts</source>
        <translation>Meldingen bevestigen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Acknowledge %n alert(s).</source>
        <translation>
            <numerusform>%n melding bevestigen.</numerusform>
            <numerusform>%n meldingen bevestigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Acknowledge %n alert(s) as %1.</source>
        <translation>
            <numerusform>%n melding bevestigen als %1.</numerusform>
            <numerusform>%n meldingen bevestigen als %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alerts to acknowledge</source>
        <translation>Te bevestigen meldingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Note (optional): what was done or why it can wait</source>
        <translation>&amp;Notitie (optioneel): wat er is gedaan of waarom het kan wachten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. toner ordered, ticket 4711</source>
        <translation>bijv. toner besteld, ticket 4711</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fleetkeeper does not know who you are (no user name), so it cannot record an acknowledgement.</source>
        <translation>Fleetkeeper weet niet wie u bent (geen gebruikersnaam) en kan daarom geen bevestiging vastleggen.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::ActionPolicyDialog</name>
    <message>
        <location filename="../ui/ActionPolicyDialog.cpp" line="+41"/>
        <source>&amp;Deny every remote request</source>
        <translation>Elk extern verzoek &amp;weigeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As&amp;k every time (a person approves or denies each request)</source>
        <translation>Elke keer &amp;vragen (iemand keurt elk verzoek goed of weigert het)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow the &amp;listed actions, deny the others</source>
        <translation>De acties in de &amp;lijst toestaan, de andere weigeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action policy</source>
        <translation>Actiebeleid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled actions</source>
        <translation>Ingeschakelde acties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A disabled action is refused for everyone, here and from the server.</source>
        <translation>Een uitgeschakelde actie wordt voor iedereen geweigerd, zowel hier als vanaf de server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Enable %1</source>
        <translation>%1 inschakelen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actions the remote-services server asks for</source>
        <translation>Acties waarom de server voor remote services vraagt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actions allowed remotely</source>
        <translation>Extern toegestane acties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With &quot;allow listed&quot;, these run as soon as the server asks; firmware never does.</source>
        <translation>Met &quot;acties in de lijst toestaan&quot; worden deze uitgevoerd zodra de server erom vraagt; firmware nooit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hours a remote request waits for consent</source>
        <translation>Uren dat een extern verzoek op toestemming wacht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is in locked-down mode: every remote action is denied whatever the policy.</source>
        <translation>De agent staat in vergrendelde modus: elke externe actie wordt geweigerd, ongeacht het beleid.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A request waits for &amp;consent:</source>
        <translation>Een verzoek wacht op &amp;toestemming:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the policy…</source>
        <translation>Het beleid lezen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the action policy: %1</source>
        <translation>Kan het actiebeleid niet lezen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Action &amp;policy…</source>
        <translation>&amp;Actiebeleid…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The action policy was not saved: %1</source>
        <translation>Het actiebeleid is niet opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
</context>
<context>
    <name>fleet::ui::ActionProgressDialog</name>
    <message>
        <location filename="../ui/ActionProgressDialog.cpp" line="+23"/>
        <source>Succeeded</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timed out</source>
        <translation>Time-out</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;lose when finished</source>
        <translation>Sluiten &amp;na afloop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Finished.</source>
        <translation>Voltooid.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::AlertProfilesDialog</name>
    <message>
        <location filename="../ui/AlertProfilesDialog.cpp" line="+49"/>
        <source>Device alerts (jam, door, paper, toner, service)</source>
        <translation>Apparaatmeldingen (papierstoring, klep, papier, toner, service)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply low (below %1 %)</source>
        <translation>Verbruiksartikel bijna op (onder %1 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supply empty soon (within %1 days)</source>
        <translation>Verbruiksartikel binnenkort leeg (binnen %1 dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answering (%1 failed polls in a row)</source>
        <translation>Antwoordt niet (%1 mislukte uitlezingen op rij)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reporting (no successful poll for %1 h)</source>
        <translation>Rapporteert niet (geen geslaagde uitlezing gedurende %1 u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A counter went down</source>
        <translation>Een teller is gedaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meters disagree</source>
        <translation>Tellers spreken elkaar tegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address changed</source>
        <translation>Adres gewijzigd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload failing (for %1 days)</source>
        <translation>Upload mislukt (al %1 dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command poll failing (for %1 h)</source>
        <translation>Opvragen van opdrachten mislukt (al %1 u)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate expiring (within %1 days)</source>
        <translation>Certificaat verloopt (binnen %1 dagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage nearly full (below %1 % free)</source>
        <translation>Opslag bijna vol (minder dan %1 % vrij)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paper jam</source>
        <translation>Papierstoring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Door or cover open</source>
        <translation>Deur of klep open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toner or ink low</source>
        <translation>Toner of inkt bijna op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toner or ink empty</source>
        <translation>Toner of inkt op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of paper</source>
        <translation>Papier op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service needed</source>
        <translation>Service nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other device alerts</source>
        <translation>Overige apparaatmeldingen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;New</source>
        <translation>Nie&amp;uw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test e-mail</source>
        <translation>&amp;Testmail verzenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save profile</source>
        <translation>Profiel op&amp;slaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set by the remote-services server: read-only here.</source>
        <translation>Ingesteld door de server voor remote services: hier alleen-lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Alert profiles</source>
        <translation>Meldingsprofielen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Ingeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditions</source>
        <translation>Condities</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device alert categories</source>
        <translation>Meldingscategorieën van apparaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Information and above</source>
        <translation>Informatie en hoger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and above</source>
        <translation>Waarschuwingen en hoger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical only</source>
        <translation>Alleen kritiek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All devices</source>
        <translation>Alle apparaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By location</source>
        <translation>Op locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By model</source>
        <translation>Op model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These devices</source>
        <translation>Deze apparaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locations, models or devices</source>
        <translation>Locaties, modellen of apparaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated: parts of locations or models, or device ids and serials</source>
        <translation>gescheiden door komma&apos;s: delen van locaties of modellen, of apparaat-ID&apos;s en serienummers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ops@example.com, service@example.com</source>
        <translation>ops@example.com, service@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mail for each change</source>
        <translation>Een e-mail bij elke wijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One daily digest</source>
        <translation>Eén dagelijks overzichtsbericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digest hour</source>
        <translation>Uur van het overzichtsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quiet hours</source>
        <translation>Stille u&amp;ren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiet hours start</source>
        <translation>Begin van de stille uren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiet hours end</source>
        <translation>Einde van de stille uren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail when a condition &amp;clears</source>
        <translation>E-mail wanneer een conditie wordt opge&amp;heven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reminder</source>
        <translation>geen herinnering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;onditions (none: all):</source>
        <translation>C&amp;ondities (geen: alle):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert c&amp;ategories (none: all):</source>
        <translation>Meldings&amp;categorieën (geen: alle):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Ernst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Devices:</source>
        <translation>&amp;Apparaten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recipients:</source>
        <translation>Ontvan&amp;gers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;livery:</source>
        <translation>Af&amp;levering:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;mind every:</source>
        <translation>Herinneren el&amp;ke:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot read the alert profiles: %1</source>
        <translation>Kan de meldingsprofielen niet lezen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (from the server)</source>
        <translation>%1 (van de server)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (off)</source>
        <translation>%1 (uit)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Profile %1</source>
        <translation>Profiel %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Names starting with %1 are kept for profiles the server sets.</source>
        <translation>Namen die beginnen met %1 zijn gereserveerd voor profielen die de server instelt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The profile was removed meanwhile.</source>
        <translation>Het profiel is intussen verwijderd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert profile %1 saved.</source>
        <translation>Meldingsprofiel %1 opgeslagen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove the alert profile %1? Its recipients get no more mail from it.</source>
        <translation>Meldingsprofiel %1 verwijderen? De ontvangers krijgen er dan geen e-mail meer van.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Alert profile %1 removed.</source>
        <translation>Meldingsprofiel %1 verwijderd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending a test message to %1…</source>
        <translation>Een testbericht verzenden naar %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Test mail sent to %1.</source>
        <translation>Testmail verzonden naar %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test mail was not delivered: %1</source>
        <translation>De testmail is niet afgeleverd: %1</translation>
    </message>
</context>
<context>
    <name>fleet::ui::AlertThresholdsDialog</name>
    <message>
        <location filename="../ui/AlertThresholdsDialog.cpp" line="+26"/>
        <source>Alert thresholds</source>
        <translation>Meldingsdrempels</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>When a device counts as not reporting (no successful poll for some hours) is set with the poll settings (Fleet &gt; Settings).</source>
        <translation>Wanneer een apparaat als niet-rapporterend geldt (een aantal uren geen geslaagde uitlezing), stelt u in bij de uitleesinstellingen (Vloot &gt; Instellingen).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the thresholds: %1</source>
        <translation>Kan de drempelwaarden niet lezen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Alert &amp;thresholds…</source>
        <translation>Meldings&amp;drempels…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot save the thresholds: %1</source>
        <translation>Kan de drempelwaarden niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>fleet::ui::AlertsView</name>
    <message>
        <location filename="../ui/AlertsView.cpp" line="+77"/>
        <source>Show %1 alerts</source>
        <translation>Meldingen tonen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Critical</source>
        <translation>&amp;Kritiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warning</source>
        <translation>&amp;Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other</source>
        <translation>&amp;Overig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unacknowledged only</source>
        <translation>Alleen &amp;niet-bevestigde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;knowledge…</source>
        <translation>Beves&amp;tigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Alerts</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Alert state</source>
        <translation>Status van de melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Opgeheven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unacknowledged only</source>
        <translation>Alleen niet-bevestigde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Filter alerts</source>
        <translation>Meldingen filteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Acknowledge the selected alerts</source>
        <translation>De geselecteerde meldingen bevestigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh alerts</source>
        <translation>Meldingen vernieuwen</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Cannot read the alerts: %1</source>
        <translation>Kan de meldingen niet lezen: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Record that you have seen the selected alerts</source>
        <translation>Vastleggen dat u de geselecteerde meldingen hebt gezien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some selected alerts are already acknowledged; select only unacknowledged ones</source>
        <translation>Enkele geselecteerde meldingen zijn al bevestigd; selecteer alleen niet-bevestigde meldingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading alerts…</source>
        <translation>Meldingen laden…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open: %1 critical, %2 warning, %3 other; %n not acknowledged.</source>
        <translation>
            <numerusform>Open: %1 kritiek, %2 waarschuwing, %3 overig; %n niet bevestigd.</numerusform>
            <numerusform>Open: %1 kritiek, %2 waarschuwing, %3 overig; %n niet bevestigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing %1 of %n alert(s).</source>
        <translation>
            <numerusform>%1 van %n melding getoond.</numerusform>
            <numerusform>%1 van %n meldingen getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the %n most recently seen are loaded.</source>
        <translation>
            <numerusform>Alleen de %n meest recent geziene melding is geladen.</numerusform>
            <numerusform>Alleen de %n meest recent geziene zijn geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The alerts were not acknowledged: %1</source>
        <translation>De meldingen zijn niet bevestigd: %1</translation>
    </message>
</context>
<context>
    <name>fleet::ui::AttachedApp</name>
    <message>
        <location filename="../ui/AttachedApp.cpp" line="+54"/>
        <source>The Fleetkeeper service stopped; the app takes over the schedule…</source>
        <translation>De Fleetkeeper-service is gestopt; de app neemt de planning over…</translation>
    </message>
</context>
<context>
    <name>fleet::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="+34"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the password of %1. A password needs at least %2 characters.</source>
        <translation>Wijzig het wachtwoord van %1. Een wachtwoord moet minstens %2 tekens bevatten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Current password</source>
        <translation>&amp;Huidig wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password</source>
        <translation>Nieuw wachtwoord he&amp;rhalen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the new password</source>
        <translation>Probleem met het nieuwe wachtwoord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hange password</source>
        <translation>Wachtwoord &amp;wijzigen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The new passwords do not match.</source>
        <translation>De nieuwe wachtwoorden komen niet overeen.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::ConsentView</name>
    <message>
        <location filename="../ui/ConsentView.cpp" line="+23"/>
        <source>reboot</source>
        <translation>herstarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print a test page on</source>
        <translation>een testpagina afdrukken op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>troubleshoot</source>
        <translation>problemen oplossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run &quot;%1&quot; on</source>
        <translation>&quot;%1&quot; uitvoeren op</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service provider asks to %1 %2 — open to approve.</source>
        <translation>De serviceprovider vraagt: %1 %2 — open dit om goed te keuren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deny</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote requests</source>
        <translation>Externe verzoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service provider asked for these device actions. Nothing runs until you approve; a request nobody decides on expires.</source>
        <translation>De serviceprovider heeft om deze apparaatacties gevraagd. Er wordt niets uitgevoerd totdat u goedkeuring geeft; een verzoek waarover niemand beslist, verloopt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests waiting for consent</source>
        <translation>Verzoeken die op goedkeuring wachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for denying</source>
        <translation>Reden van weigering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason told to the service provider (optional)</source>
        <translation>Reden die aan de serviceprovider wordt doorgegeven (optioneel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>No remote request is waiting for a decision.</source>
        <translation>Er wacht geen extern verzoek op een beslissing.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your role may not %1.</source>
        <translation>Uw rol heeft geen toestemming voor: %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Approved: the request runs now and the result goes to the server.</source>
        <translation>Goedgekeurd: het verzoek wordt nu uitgevoerd en het resultaat gaat naar de server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denied: the service provider is told.</source>
        <translation>Geweigerd: de serviceprovider wordt op de hoogte gebracht.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::CredentialEditDialog</name>
    <message>
        <location filename="../ui/CredentialEditDialog.cpp" line="+52"/>
        <source>New credential profile</source>
        <translation>Nieuw toegangsprofiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential profile %1</source>
        <translation>Toegangsprofiel %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SNMPv1</source>
        <translation>SNMPv1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNMPv2c</source>
        <translation>SNMPv2c</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>SNMPv3</source>
        <translation>SNMPv3</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>SNMPv1 and v2c</source>
        <translation>SNMPv1 en v2c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show community</source>
        <translation>Community t&amp;onen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No authentication, no privacy (noAuthNoPriv)</source>
        <translation>Geen authenticatie, geen privacy (noAuthNoPriv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication, no privacy (authNoPriv)</source>
        <translation>Authenticatie, geen privacy (authNoPriv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication and privacy (authPriv)</source>
        <translation>Authenticatie en privacy (authPriv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Blumenthal key extension (Net-SNMP “AES-192”/“AES-256”, most agents)</source>
        <translation>Blumenthal-sleuteluitbreiding (Net-SNMP “AES-192”/“AES-256”, de meeste agents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reeder key extension (Cisco and some printers)</source>
        <translation>Reeder-sleuteluitbreiding (Cisco en sommige printers)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;passphrases</source>
        <translation>&amp;Wachtwoordzinnen tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usually empty</source>
        <translation>meestal leeg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;level:</source>
        <translation>&amp;Beveiligingsniveau:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authenticatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication pa&amp;ssphrase:</source>
        <translation>Wachtwoordzin (a&amp;uthenticatie):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rivacy:</source>
        <translation>&amp;Privacy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privac&amp;y passphrase:</source>
        <translation>Wachtwoordzin (p&amp;rivacy):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conte&amp;xt name:</source>
        <translation>Conte&amp;xtnaam:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Time-out:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;etries:</source>
        <translation>&amp;Herhaalpogingen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Max repetitions:</source>
        <translation>&amp;Max. herhalingen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test against a host</source>
        <translation>Testen op een host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name, IPv4 or IPv6 address, optionally :port</source>
        <translation>naam, IPv4- of IPv6-adres, eventueel :poort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host to test</source>
        <translation>Te testen host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>Te&amp;sten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop test</source>
        <translation>Test stoppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test result</source>
        <translation>Testresultaat</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Give the profile a name.</source>
        <translation>Geef het profiel een naam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A profile name cannot contain “/”.</source>
        <translation>Een profielnaam mag geen “/” bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another profile is already named “%1”.</source>
        <translation>Er is al een ander profiel met de naam “%1”.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Testing %1…</source>
        <translation>%1 testen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test stopped.</source>
        <translation>Test gestopt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed (%1): %2</source>
        <translation>Mislukt (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK: %1 answered in %2 ms.</source>
        <translation>OK: %1 antwoordde in %2 ms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sysName: %1</source>
        <translation>sysName: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sysDescr: %1</source>
        <translation>sysDescr: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like a printer.</source>
        <translation>Lijkt een printer te zijn.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers SNMP, but does not look like a printer.</source>
        <translation>Antwoordt op SNMP, maar lijkt geen printer te zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The poll ended early (%1): %2</source>
        <translation>De uitlezing is voortijdig beëindigd (%1): %2</translation>
    </message>
</context>
<context>
    <name>fleet::ui::CredentialProfilesDialog</name>
    <message>
        <location filename="../ui/CredentialProfilesDialog.cpp" line="+27"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>O&amp;mlaag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credential profiles</source>
        <translation>Toegangsprofielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential profiles, in the order they are tried</source>
        <translation>Toegangsprofielen, in de volgorde waarin ze worden geprobeerd</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Discovery and polls try the profiles from top to bottom; the first that answers is used. Secrets are kept in the profile&apos;s secrets file, not in the database.</source>
        <translation>De netwerkscan en de uitlezingen proberen de profielen van boven naar beneden; het eerste dat antwoordt, wordt gebruikt. Geheimen worden bewaard in het geheimenbestand van het profiel, niet in de database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the profiles…</source>
        <translation>Profielen laden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profiles could not be read: %1</source>
        <translation>De profielen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profiles yet: add one.</source>
        <translation>Nog geen profielen: voeg er een toe.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The profiles could not be saved: %1</source>
        <translation>De profielen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::DeviceActions</name>
    <message>
        <location filename="../ui/DeviceActions.cpp" line="+64"/>
        <source>Refresh &amp;status</source>
        <translation>Status &amp;vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll the device now and store the result</source>
        <translation>Het apparaat nu uitlezen en het resultaat opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reboot…</source>
        <translation>&amp;Herstarten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restart the device through SNMP</source>
        <translation>Het apparaat via SNMP herstarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;test page (raw)</source>
        <translation>&amp;Testpagina afdrukken (raw)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a one-page text job to the device&apos;s raw port (9100)</source>
        <translation>Een tekstopdracht van één pagina naar de raw-poort (9100) van het apparaat sturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print test page (&amp;LPR)</source>
        <translation>Testpagina afdrukken (&amp;LPR)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a one-page text job through the device&apos;s LPR service (515)</source>
        <translation>Een tekstopdracht van één pagina via de LPR-service (515) van het apparaat sturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade &amp;firmware…</source>
        <translation>&amp;Firmware upgraden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a firmware file to the device after checks and your confirmation</source>
        <translation>Een firmwarebestand naar het apparaat sturen na controles en uw bevestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trou&amp;bleshoot</source>
        <translation>&amp;Problemen oplossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check name resolution, ping, the device&apos;s ports and SNMP with each credential profile</source>
        <translation>Naamomzetting, ping, de poorten van het apparaat en SNMP met elk toegangsprofiel controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;web page</source>
        <translation>&amp;Webpagina openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the device&apos;s web page (HTTPS first)</source>
        <translation>De webpagina van het apparaat openen (eerst HTTPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;managing</source>
        <translation>Beheer &amp;starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poll this device and include it in uploads</source>
        <translation>Dit apparaat uitlezen en opnemen in uploads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op managing</source>
        <translation>Beheer st&amp;oppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop polling this device and leave it out of uploads; its history stays</source>
        <translation>Dit apparaat niet meer uitlezen en weglaten uit uploads; de geschiedenis blijft bewaard</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Device</source>
        <translation>&amp;Apparaat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Device actions</source>
        <translation>Apparaatacties</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Device %1 is not in the database; it may have been removed.</source>
        <translation>Apparaat %1 staat niet in de database; het is misschien verwijderd.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a device first.</source>
        <translation>Kies eerst een apparaat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The window is locked.</source>
        <translation>Het venster is vergrendeld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to %1.</source>
        <translation>Meld u aan voor: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the device…</source>
        <translation>Het apparaat uitlezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The device is managed already.</source>
        <translation>Het apparaat wordt al beheerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device is not managed.</source>
        <translation>Het apparaat wordt niet beheerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reboot needs a stored credential profile to send it with.</source>
        <translation>Voor een herstart is een opgeslagen toegangsprofiel nodig om deze mee te verzenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — niet beschikbaar: %2</translation>
    </message>
</context>
<context>
    <name>fleet::ui::DevicePanel</name>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="+43"/>
        <source>Device details</source>
        <translation>Apparaatdetails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counters</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Verbruiksartikelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity and network</source>
        <translation>Identiteit en netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poll log</source>
        <translation>Uitleeslogboek</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+41"/>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>No device selected. Choose a device in the fleet list to see its details.</source>
        <translation>Geen apparaat geselecteerd. Kies een apparaat in de vlootlijst om de details te zien.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the database: %1</source>
        <translation>Kan de database niet lezen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device %1 is not in the database; it may have been removed.</source>
        <translation>Apparaat %1 staat niet in de database; het is misschien verwijderd.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::DevicePanelCountersTab</name>
    <message>
        <location filename="../ui/DevicePanelCountersTab.cpp" line="+25"/>
        <source>Meters</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per day chart</source>
        <translation>Grafiek pagina&apos;s per dag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Flagged events</source>
        <translation>Gemarkeerde gebeurtenissen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No flagged events</source>
        <translation>Geen gemarkeerde gebeurtenissen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Pages per day</source>
        <translation>Pagina&apos;s per dag</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The device reports no total counter, so there is no pages-per-day chart.</source>
        <translation>Het apparaat rapporteert geen totaalteller, dus er is geen grafiek met pagina&apos;s per dag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day only partly covered by readings</source>
        <translation>Dag slechts gedeeltelijk gedekt door tellerstanden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sum of the marker life counts</source>
        <translation>som van de levensduurtellers van de markeereenheden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough readings of the total counter (%1) for a day&apos;s count yet.</source>
        <translation>Nog niet genoeg tellerstanden van de totaalteller (%1) voor een dagtelling.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %2 over %n day(s), from the total counter (%3).</source>
        <translation>
            <numerusform>%1 %2 over %n dag, uit de totaalteller (%3).</numerusform>
            <numerusform>%1 %2 over %n dagen, uit de totaalteller (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The counter went down %n time(s); those intervals are gaps, not counted (see the flagged events).</source>
        <translation>
            <numerusform>De teller is %n keer gedaald; die intervallen zijn hiaten en worden niet meegeteld (zie de gemarkeerde gebeurtenissen).</numerusform>
            <numerusform>De teller is %n keer gedaald; die intervallen zijn hiaten en worden niet meegeteld (zie de gemarkeerde gebeurtenissen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::ui::DevicePanelIdentityTab</name>
    <message>
        <location filename="../ui/DevicePanelIdentityTab.cpp" line="+20"/>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer:</source>
        <translation>Fabrikant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number:</source>
        <translation>Serienummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Locatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System object ID:</source>
        <translation>Systeemobject-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last known address:</source>
        <translation>Laatst bekende adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP changed:</source>
        <translation>IP gewijzigd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAC addresses:</source>
        <translation>MAC-adressen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seen and polled</source>
        <translation>Gezien en uitgelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First seen:</source>
        <translation>Eerst gezien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen:</source>
        <translation>Laatst gezien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful poll:</source>
        <translation>Laatste geslaagde uitlezing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential profile:</source>
        <translation>Toegangsprofiel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovered:</source>
        <translation>Gevonden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polled:</source>
        <translation>Uitgelezen:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not reported</source>
        <translation>niet gerapporteerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unchanged since first seen</source>
        <translation>ongewijzigd sinds eerst gezien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, on %1 (was %2)</source>
        <translation>Ja, op %1 (was %2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none reported</source>
        <translation>geen gerapporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inline credentials (no stored profile)</source>
        <translation>losse toegangsgegevens (geen opgeslagen profiel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, by %2</source>
        <translation>%1, door %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, in scope</source>
        <translation>Ja, binnen het bereik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, out of scope</source>
        <translation>Nee, buiten het bereik</translation>
    </message>
</context>
<context>
    <name>fleet::ui::DevicePanelOverviewTab</name>
    <message>
        <location filename="../ui/DevicePanelOverviewTab.cpp" line="+24"/>
        <source>No active alerts</source>
        <translation>Geen actieve meldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Active alerts</source>
        <translation>Actieve meldingen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Supply levels</source>
        <translation>Niveaus verbruiksartikelen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last poll:</source>
        <translation>Laatste uitlezing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console:</source>
        <translation>Bedieningspaneel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supplies</source>
        <translation>Verbruiksartikelen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Storing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>printer %1</source>
        <translation>printer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device %1</source>
        <translation>apparaat %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the device did not answer; what is shown is from %1)</source>
        <translation>(het apparaat antwoordde niet; wat wordt getoond, is van %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>detected: %1</source>
        <translation>gedetecteerd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No console message reported</source>
        <translation>Geen bericht op het bedieningspaneel gerapporteerd</translation>
    </message>
</context>
<context>
    <name>fleet::ui::DevicePanelPollLogTab</name>
    <message>
        <location filename="../ui/DevicePanelPollLogTab.cpp" line="+16"/>
        <source>Poll log</source>
        <translation>Uitleeslogboek</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No polls recorded.</source>
        <translation>Geen uitlezingen vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The last %n poll(s), newest first</source>
        <translation>
            <numerusform>De laatste %n uitlezing, nieuwste eerst</numerusform>
            <numerusform>De laatste %n uitlezingen, nieuwste eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with an error</source>
        <translation>
            <numerusform>%n met een fout</numerusform>
            <numerusform>%n met een fout</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::ui::DevicePanelPropertiesTab</name>
    <message>
        <location filename="../ui/DevicePanelPropertiesTab.cpp" line="+23"/>
        <source>Device properties</source>
        <translation>Apparaateigenschappen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The device has never answered a poll: no inventory is known.</source>
        <translation>Het apparaat heeft nog nooit op een uitlezing geantwoord: er is geen inventaris bekend.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As reported in the poll of %1.</source>
        <translation>Zoals gerapporteerd bij de uitlezing van %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That poll read no trays, bins, covers or languages: routine polls read status, counters and supplies only; a poll with inventory reads the rest.</source>
        <translation>Bij die uitlezing zijn geen laden, uitvoerbakken, kleppen of talen gelezen: routinematige uitlezingen lezen alleen status, tellers en verbruiksartikelen; een uitlezing met inventaris leest de rest.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::DevicePanelSuppliesTab</name>
    <message>
        <location filename="../ui/DevicePanelSuppliesTab.cpp" line="+25"/>
        <source>Supply level history chart</source>
        <translation>Grafiek met niveaugeschiedenis van verbruiksartikelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days to empty per supply</source>
        <translation>Dagen tot leeg per verbruiksartikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supply levels</source>
        <translation>Niveaus verbruiksartikelen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (space left)</source>
        <translation>%1 (resterende ruimte)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no level reported, only a state (now: %2)</source>
        <translation>%1: geen niveau gerapporteerd, alleen een toestand (nu: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n reading(s) without a level, not drawn</source>
        <translation>
            <numerusform>%1: %n meting zonder niveau, niet getekend</numerusform>
            <numerusform>%1: %n metingen zonder niveau, niet getekend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No supply readings stored for this device.</source>
        <translation>Geen metingen van verbruiksartikelen opgeslagen voor dit apparaat.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n supply level line(s).</source>
        <translation>
            <numerusform>%n niveaulijn van verbruiksartikelen.</numerusform>
            <numerusform>%n niveaulijnen van verbruiksartikelen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::ui::DiscoveryDialog</name>
    <message>
        <location filename="../ui/DiscoveryDialog.cpp" line="+59"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discover printers</source>
        <translation>Printers ontdekken</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One per line or separated by commas, for example:
10.0.0.0/24
10.0.1.10-50, printer1.example.com, 10.0.2.5:1161
!10.0.0.1    (a leading “!” excludes)</source>
        <translation>Eén per regel of gescheiden door komma&apos;s, bijvoorbeeld:
10.0.0.0/24
10.0.1.10-50, printer1.example.com, 10.0.2.5:1161
!10.0.0.1    (een “!” vooraan sluit uit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget CSV</source>
        <translation>CSV vergeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+454"/>
        <location line="+14"/>
        <source>No CSV file imported.</source>
        <translation>Geen CSV-bestand geïmporteerd.</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Credential profiles to try, in order</source>
        <translation>Te proberen toegangsprofielen, in volgorde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profielen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discovery progress</source>
        <translation>Voortgang van de netwerkscan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Targets:</source>
        <translation>&amp;Doelen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credential profiles to &amp;try:</source>
        <translation>Te pro&amp;beren toegangsprofielen:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Printers found</source>
        <translation>Gevonden printers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNMP devices that are not printers</source>
        <translation>SNMP-apparaten die geen printer zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Targets without a usable answer</source>
        <translation>Doelen zonder bruikbaar antwoord</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+4"/>
        <location line="+8"/>
        <source>targets</source>
        <translation>doelen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>exclusion “%1”: %2</source>
        <translation>uitsluiting “%1”: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“!” must be followed by the address to exclude</source>
        <translation>na “!” moet het uit te sluiten adres volgen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No targets: type addresses, ranges or names, or import a CSV file.</source>
        <translation>Geen doelen: typ adressen, bereiken of namen, of importeer een CSV-bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential profiles are stored: add one with Profiles…</source>
        <translation>Er zijn geen toegangsprofielen opgeslagen: voeg er een toe via Profielen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one credential profile to try.</source>
        <translation>Kies minstens één toegangsprofiel om te proberen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Starting %n target(s)…</source>
        <translation>
            <numerusform>%n doel starten…</numerusform>
            <numerusform>%n doelen starten…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2 targets done, %3 printers found, %4 per second, %5 left</source>
        <translation>%1 van %2 doelen klaar, %3 printers gevonden, %4 per seconde, nog %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped after %1 of %2 targets.</source>
        <translation>Gestopt na %1 van %2 doelen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n target(s) done in %1.</source>
        <translation>
            <numerusform>%n doel klaar in %1.</numerusform>
            <numerusform>%n doelen klaar in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 printers, %2 other SNMP devices, %3 without answer</source>
        <translation>%1 printers, %2 andere SNMP-apparaten, %3 zonder antwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (stopped early)</source>
        <translation> (voortijdig gestopt)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Storing %n printer(s)…</source>
        <translation>
            <numerusform>%n printer opslaan…</numerusform>
            <numerusform>%n printers opslaan…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The printers found could not be stored: %1</source>
        <translation>De gevonden printers konden niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Discovered %n printer(s)</source>
        <translation>
            <numerusform>%n printer gevonden</numerusform>
            <numerusform>%n printers gevonden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 new), %2 other SNMP devices, %3 without answer.</source>
        <translation> (%1 nieuw), %2 andere SNMP-apparaten, %3 zonder antwoord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Printers (%1)</source>
        <translation>P&amp;rinters (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not printers (%1)</source>
        <translation>&amp;Geen printers (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;answer (%1)</source>
        <translation>Geen a&amp;ntwoord (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The credential profiles could not be read: %1</source>
        <translation>De toegangsprofielen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Import targets</source>
        <translation>Doelen importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target lists (*.csv *.txt);;All files (*)</source>
        <translation>Doellijsten (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2 MiB: not a target list.</source>
        <translation>%1 is groter dan %2 MiB: geen doellijst.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n target(s) from %1</source>
        <translation>
            <numerusform>%n doel uit %1</numerusform>
            <numerusform>%n doelen uit %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::ui::FirmwareDialog</name>
    <message>
        <location filename="../ui/FirmwareDialog.cpp" line="+34"/>
        <source>&amp;Browse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start upgrade</source>
        <translation>Upgrade &amp;starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware upgrade — %1</source>
        <translation>Firmware-upgrade — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · model %2 · firmware now %3</source>
        <translation>%1 · model %2 · huidige firmware %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+180"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+104"/>
        <source>Firmware file</source>
        <translation>Firmwarebestand</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The firmware file the vendor supplies for this model</source>
        <translation>Het firmwarebestand dat de fabrikant voor dit model levert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>I &amp;understand the risk and want to upgrade the device now.</source>
        <translation>Ik begrijp het &amp;risico en wil het apparaat nu upgraden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device is unavailable during the upgrade. A wrong or interrupted file can leave it unusable until it is repaired.</source>
        <translation>Het apparaat is tijdens de upgrade niet beschikbaar. Een verkeerd of onderbroken bestand kan het onbruikbaar maken totdat het is gerepareerd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Device:</source>
        <translation>Apparaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+10"/>
        <source>Choose a file.</source>
        <translation>Kies een bestand.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Reading the file…</source>
        <translation>Het bestand lezen…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Firmware files (*.bin *.djf *.rfu *.prn *.fw);;All files (*)</source>
        <translation>Firmwarebestanden (*.bin *.djf *.rfu *.prn *.fw);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file cannot be read: %1</source>
        <translation>Het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking whether the device is idle…</source>
        <translation>Controleren of het apparaat inactief is…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The device does not answer (%1); the upgrade would be refused.</source>
        <translation>Het apparaat antwoordt niet (%1); de upgrade zou worden geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Idle.</source>
        <translation>Inactief.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not idle (printer status: %1); the upgrade is refused until it is idle.</source>
        <translation>Niet inactief (printerstatus: %1); de upgrade wordt geweigerd totdat het apparaat inactief is.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::LockOverlay</name>
    <message>
        <location filename="../ui/LockOverlay.cpp" line="+17"/>
        <source>Sign in as someone &amp;else</source>
        <translation>Aanmelden als iemand &amp;anders</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fleetkeeper is locked. Enter the password of %1 to continue.</source>
        <translation>Fleetkeeper is vergrendeld. Voer het wachtwoord van %1 in om door te gaan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody is signed in. Sign in to see the fleet.</source>
        <translation>Er is niemand aangemeld. Meld u aan om de vloot te zien.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::LoginDialog</name>
    <message>
        <location filename="../ui/LoginDialog.cpp" line="+17"/>
        <source>Sign in to Fleetkeeper</source>
        <translation>Aanmelden bij Fleetkeeper</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with your Fleetkeeper account.</source>
        <translation>Meld u aan met uw Fleetkeeper-account.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::LoginForm</name>
    <message>
        <location filename="../ui/LoginForm.cpp" line="+22"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in problem</source>
        <translation>Aanmeldingsprobleem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the password</source>
        <translation>Wachtwoord controleren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Enter your user name.</source>
        <translation>Voer uw gebruikersnaam in.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+79"/>
        <source>Fleetkeeper</source>
        <translation>Fleetkeeper</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+17"/>
        <source>Fleet</source>
        <translation>Vloot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Filter devices</source>
        <translation>Apparaten filteren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Group by</source>
        <translation>Groeperen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No grouping</source>
        <translation>Geen groepering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by location</source>
        <translation>Groeperen op locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by model</source>
        <translation>Groeperen op model</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Fleet</source>
        <translation>&amp;Vloot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Meldingen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>&amp;Remote services</source>
        <translation>&amp;Remote services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Security</source>
        <translation>Beve&amp;iliging</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Alerts (%1)</source>
        <translation>&amp;Meldingen (%1)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Errors</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show devices in error or offline</source>
        <translation>Apparaten met een storing of offline tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low supplies</source>
        <translation>Verbruiksartikelen bijna op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show devices with a supply low or empty (or a waste container nearly full)</source>
        <translation>Apparaten tonen met een verbruiksartikel dat bijna op of leeg is (of een opvangbak die bijna vol is)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reporting</source>
        <translation>Rapporteert niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show devices without a successful poll for longer than the configured hours</source>
        <translation>Apparaten tonen zonder geslaagde uitlezing gedurende langer dan het ingestelde aantal uren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export fleet table…</source>
        <translation>Vloottabel exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export meter reads…</source>
        <translation>Tellerstanden exporteren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;leet</source>
        <translation>V&amp;loot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discover printers…</source>
        <translation>Printers &amp;ontdekken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Credential profiles…</source>
        <translation>&amp;Toegangsprofielen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Register with remote services…</source>
        <translation>Bij remote services &amp;registreren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n apparaat</numerusform>
            <numerusform>%n apparaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 OK · %2 warning · %3 error</source>
        <translation>%1 OK · %2 waarschuwing · %3 storing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export fleet table</source>
        <translation>Vloottabel exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fleet.csv</source>
        <translation>vloot.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fleet table written to %1</source>
        <translation>Vloottabel geschreven naar %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n meter row(s) written to %1</source>
        <translation>
            <numerusform>%n tellerstandrij geschreven naar %1</numerusform>
            <numerusform>%n tellerstandrijen geschreven naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+47"/>
        <source>Poll now</source>
        <translation>Nu uitlezen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Polling…</source>
        <translation>Uitlezen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Polling… %1 of %2</source>
        <translation>Uitlezen… %1 van %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+34"/>
        <source>&amp;Pause polling</source>
        <translation>Uitlezen &amp;pauzeren</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+30"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service is polling…</source>
        <translation>De service leest uit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service is polling… %1 of %2</source>
        <translation>De service leest uit… %1 van %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The service is not running (trying again)</source>
        <translation>De service draait niet (nieuwe poging)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached to the service</source>
        <translation>Verbonden met de service</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Attached to the service · last poll: %1 · next: %2</source>
        <translation>Verbonden met de service · laatste uitlezing: %1 · volgende: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last poll: %1 · next: %2</source>
        <translation>Laatste uitlezing: %1 · volgende: %2</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>Cannot read the database: %1</source>
        <translation>Kan de database niet lezen: %1</translation>
    </message>
</context>
<context>
    <name>fleet::ui::MeterExportDialog</name>
    <message>
        <location filename="../ui/MeterExportDialog.cpp" line="+37"/>
        <location line="+72"/>
        <source>Export meter reads</source>
        <translation>Tellerstanden exporteren</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (included):</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every device and meter with readings in the period: the reading before it, the first and last inside it, and the usage. Readings flagged as a counter reset are counted as resets, never as usage.</source>
        <translation>Elk apparaat en elke teller met tellerstanden in de periode: de tellerstand ervoor, de eerste en laatste erbinnen, en het verbruik. Tellerstanden die als tellerreset zijn gemarkeerd, tellen als reset, nooit als verbruik.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>meter-reads-%1-%2.csv</source>
        <translation>tellerstanden-%1-%2.csv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last day is before the first day.</source>
        <translation>De laatste dag ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file to write.</source>
        <translation>Kies een bestand om naar te schrijven.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>fleet::ui::NotificationsView</name>
    <message>
        <location filename="../ui/NotificationsView.cpp" line="+46"/>
        <source>queued</source>
        <translation>in wachtrij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>held for the digest</source>
        <translation>vastgehouden voor het overzichtsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent in a digest</source>
        <translation>verzonden in een overzichtsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>opened</source>
        <translation>geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cleared</source>
        <translation>opgeheven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminder</source>
        <translation>herinnering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digest</source>
        <translation>overzichtsbericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Retry &amp;now</source>
        <translation>Nu &amp;opnieuw proberen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Condition</source>
        <translation>Conditie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter by profile, condition, device, recipient or error</source>
        <translation>Filteren op profiel, conditie, apparaat, ontvanger of fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter notifications</source>
        <translation>Notificaties filteren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery state</source>
        <translation>Afleverstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>Ve&amp;rnieuwen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the selected queued notifications (or all queued ones) now; selected failed ones are tried again</source>
        <translation>De geselecteerde notificaties in de wachtrij (of alle) nu versturen; geselecteerde mislukte worden opnieuw geprobeerd</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert &amp;profiles…</source>
        <translation>Meldingspro&amp;fielen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMTP ser&amp;ver…</source>
        <translation>SMTP-ser&amp;ver…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot read the notifications: %1</source>
        <translation>Kan de notificaties niet lezen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Next attempt %1</source>
        <translation>Volgende poging %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n notification(s)</source>
        <translation>
            <numerusform>%n notificatie</numerusform>
            <numerusform>%n notificaties</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot retry: %1</source>
        <translation>Kan niet opnieuw proberen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n notification(s) due now; the service sends them within a minute.</source>
        <translation>
            <numerusform>%n notificatie is nu aan de beurt; de service verzendt deze binnen een minuut.</numerusform>
            <numerusform>%n notificaties zijn nu aan de beurt; de service verzendt ze binnen een minuut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fleet::ui::PayloadViewerDialog</name>
    <message>
        <location filename="../ui/PayloadViewerDialog.cpp" line="+26"/>
        <source>Decrypting payload %1…</source>
        <translation>Payload %1 ontsleutelen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;next</source>
        <translation>Volge&amp;nde zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;previous</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payload %1</source>
        <translation>Payload %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payload XML</source>
        <translation>Payload-XML</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Find in payload</source>
        <translation>Zoeken in de payload</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Search wrapped around.</source>
        <translation>Het zoeken is vanaf het begin hervat.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” is not in this payload.</source>
        <translation>“%1” komt niet voor in deze payload.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payload %1, %2 of XML, decrypted with the stored payload key. This is what the server receives.</source>
        <translation>Payload %1, %2 XML, ontsleuteld met de opgeslagen payloadsleutel. Dit is wat de server ontvangt.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::PostureView</name>
    <message>
        <location filename="../ui/PostureView.cpp" line="+67"/>
        <source>Agent findings</source>
        <translation>Bevindingen over de agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Remedy</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Devices and their findings</source>
        <translation>Apparaten en hun bevindingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score / severity</source>
        <translation>Score / ernst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device / finding</source>
        <translation>Apparaat / bevinding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address / observed</source>
        <translation>Adres / waargenomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probe now</source>
        <translation>Nu &amp;controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>CS&amp;V exporteren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probe every stored device politely: default SNMP communities, SNMP write access (a SET of a value to itself), SNMPv3, and the TCP ports of clear-text services.</source>
        <translation>Elk opgeslagen apparaat behoedzaam controleren: standaard-SNMP-communities, SNMP-schrijftoegang (een SET van een waarde op zichzelf), SNMPv3 en de TCP-poorten van diensten zonder versleuteling.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Probe progress</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Agent settings</source>
        <translation>&amp;Agentinstellingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Devices, worst first</source>
        <translation>Apparaten, &amp;slechtste eerst</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not read the posture report: %1</source>
        <translation>Het beveiligingsrapport kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probed %1; firmware %2</source>
        <translation>Gecontroleerd %1; firmware %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not probed yet; firmware %1</source>
        <translation>Nog niet gecontroleerd; firmware %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agent score %1/100. No devices stored yet.</source>
        <translation>Agentscore %1/100. Nog geen apparaten opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent score %1/100. %2 devices, average score %3/100, %4 probed.</source>
        <translation>Agentscore %1/100. %2 apparaten, gemiddelde score %3/100, %4 gecontroleerd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Probed %1 of %2 devices…</source>
        <translation>%1 van %2 apparaten gecontroleerd…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Probe finished: %n device(s) probed.</source>
        <translation>
            <numerusform>Controle voltooid: %n apparaat gecontroleerd.</numerusform>
            <numerusform>Controle voltooid: %n apparaten gecontroleerd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe failed: %1</source>
        <translation>Controle mislukt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Probing…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>Export security report</source>
        <translation>Beveiligingsrapport exporteren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>HTML pages (*.html)</source>
        <translation>HTML-pagina&apos;s (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::RebootDialog</name>
    <message>
        <location filename="../ui/RebootDialog.cpp" line="+16"/>
        <source>&amp;Reboot</source>
        <translation>&amp;Herstarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reboot %1</source>
        <translation>%1 herstarten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reboot %1 now? Jobs it is printing are lost, and it is unreachable until it has restarted.</source>
        <translation>%1 nu herstarten? Afdruktaken die het apparaat aan het afdrukken is, gaan verloren, en het is onbereikbaar totdat het opnieuw is opgestart.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Write credential profile:</source>
        <translation>&amp;Toegangsprofiel voor schrijven:</translation>
    </message>
</context>
<context>
    <name>fleet::ui::RegistrationDialog</name>
    <message>
        <location filename="../ui/RegistrationDialog.cpp" line="+49"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration key</source>
        <translation>Registratiesleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail</source>
        <translation>E-mailadres contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the &amp;system CAs</source>
        <translation>&amp;Systeem-CA&apos;s vertrouwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA bundle file</source>
        <translation>CA-bundelbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server public-key pin</source>
        <translation>Pin van de openbare sleutel van de server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate file</source>
        <translation>Clientcertificaatbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client private key file</source>
        <translation>Bestand met de privésleutel van de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the certificate or key</source>
        <translation>Wachtwoordzin van het certificaat of de sleutel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy host</source>
        <translation>Proxyhost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy user</source>
        <translation>Proxygebruiker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation>Proxywachtwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register with remote services</source>
        <translation>Bij remote services registreren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://rs.example.net/fleetkeeper</source>
        <translation>https://rs.example.net/fleetkeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from your service provider</source>
        <translation>van uw serviceprovider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print-admin@example.com</source>
        <translation>print-admin@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM bundle that replaces the system CAs</source>
        <translation>PEM-bundel die de systeem-CA&apos;s vervangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: base64 SHA-256 of the server&apos;s public key</source>
        <translation>optioneel: base64 SHA-256 van de openbare sleutel van de server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate format</source>
        <translation>Formaat van het clientcertificaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 file (.p12/.pfx) with its key</source>
        <translation>PKCS#12-bestand (.p12/.pfx) met bijbehorende sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificate and private key</source>
        <translation>PEM-certificaat en privésleutel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>empty: keep the stored one, or none</source>
        <translation>leeg: de opgeslagen behouden, of geen</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+42"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>No proxy</source>
        <translation>Geen proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System proxy settings</source>
        <translation>Proxy-instellingen van het systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This HTTP proxy:</source>
        <translation>Deze HTTP-proxy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy port</source>
        <translation>Proxypoort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CA bundle</source>
        <translation>CA-bundel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate</source>
        <translation>Clientcertificaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.p12 *.pfx *.pem *.crt);;All files (*)</source>
        <translation>Certificaten (*.p12 *.pfx *.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Privésleutel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-sleutels (*.pem *.key);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration &amp;key:</source>
        <translation>Registratiesleu&amp;tel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Vestiging:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;E-mailadres contactpersoon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA &amp;bundle:</source>
        <translation>CA-&amp;bundel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;in:</source>
        <translation>P&amp;in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Clientcertificaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate &amp;file:</source>
        <translation>Certi&amp;ficaatbestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private ke&amp;y file:</source>
        <translation>Bestand &amp;met privésleutel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host and port:</source>
        <translation>&amp;Host en poort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User &amp;name:</source>
        <translation>Gebruikers&amp;naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Wachtwoor&amp;d:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for %1</source>
        <translation>Bladeren naar %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Registered as agent %1. Registering again with the same certificate and key keeps this id.</source>
        <translation>Geregistreerd als agent %1. Opnieuw registreren met hetzelfde certificaat en dezelfde sleutel behoudt dit id.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Enter the registration key your service provider gave you.</source>
        <translation>Voer de registratiesleutel in die u van uw serviceprovider hebt gekregen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a CA bundle, or trust the system CAs.</source>
        <translation>Kies een CA-bundel, of vertrouw de systeem-CA&apos;s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PKCS#12 file must be named *.p12 or *.pfx; for a PEM certificate choose “PEM certificate and private key”.</source>
        <translation>Een PKCS#12-bestand moet *.p12 of *.pfx heten; kies voor een PEM-certificaat “PEM-certificaat en privésleutel”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Registering with %1…</source>
        <translation>Registreren bij %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Registration failed (%1): %2</source>
        <translation>Registratie mislukt (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server said: %1</source>
        <translation>De server meldde: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already registered as agent %1.</source>
        <translation>Al geregistreerd als agent %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered as agent %1.</source>
        <translation>Geregistreerd als agent %1.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::SecurityModeDialog</name>
    <message>
        <location filename="../ui/SecurityModeDialog.cpp" line="+37"/>
        <source>&amp;Normal (default)</source>
        <translation>&amp;Normaal (standaard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Locked down</source>
        <translation>&amp;Vergrendeld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save mode</source>
        <translation>Modus &amp;opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote services security mode</source>
        <translation>Beveiligingsmodus voor remote services</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What leaves this machine</source>
        <translation>Wat deze computer verlaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once a day the agent sends your service provider one encrypted report: for every printer its identity (make, model, serial number, name and location), status and alerts, page counters and supply levels, and its network details (IP address, MAC addresses, interfaces); and about this agent its host name and addresses. Once a day it also asks the server for commands (such as “refresh this printer&apos;s status”) and for settings (poll interval, SNMP timeouts, discovery).</source>
        <translation>Eenmaal per dag stuurt de agent uw serviceprovider één versleuteld rapport: voor elke printer de identiteit (merk, model, serienummer, naam en locatie), status en meldingen, paginatellers en niveaus van verbruiksartikelen, en de netwerkgegevens (IP-adres, MAC-adressen, interfaces); en over deze agent de hostnaam en adressen. Eenmaal per dag vraagt hij de server ook om opdrachten (zoals “de status van deze printer vernieuwen”) en om instellingen (uitleesinterval, SNMP-time-outs, netwerkscan).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only what billing, supplies and diagnostics need: printer identity, status, alerts, page counters and supply levels. No IP addresses, host names or MAC addresses of this machine or of the printers, and the registration does not include this computer&apos;s name. The agent never asks the server for commands or settings: it only registers and uploads. Free text a printer reports about itself (such as its location) is sent as the printer reports it.</source>
        <translation>Alleen wat nodig is voor facturering, verbruiksartikelen en diagnose: identiteit van de printer, status, meldingen, paginatellers en niveaus van verbruiksartikelen. Geen IP-adressen, hostnamen of MAC-adressen van deze computer of van de printers, en de registratie bevat de naam van deze computer niet. De agent vraagt de server nooit om opdrachten of instellingen: hij registreert alleen en uploadt. Vrije tekst die een printer over zichzelf meldt (zoals de locatie) wordt verzonden zoals de printer die meldt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mode can only be changed here, by someone with access to this computer; the service provider cannot change it.</source>
        <translation>De modus kan alleen hier worden gewijzigd, door iemand met toegang tot deze computer; de serviceprovider kan hem niet wijzigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payload preview</source>
        <translation>Voorbeeld van de payload</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview: the next payload in the selected mode, before encryption</source>
        <translation>Voorbeeld: de volgende payload in de gekozen modus, vóór versleuteling</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Building the payload…</source>
        <translation>De payload samenstellen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No preview: %1</source>
        <translation>Geen voorbeeld: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of XML; it is compressed and encrypted before it is sent.</source>
        <translation>%1 XML; dit wordt gecomprimeerd en versleuteld voordat het wordt verzonden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The mode is already %1.</source>
        <translation>De modus is al %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The mode could not be saved: %1</source>
        <translation>De modus kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked-down mode is on. The next payload leaves out all addresses and the agent no longer asks the server for commands or settings.</source>
        <translation>De vergrendelde modus is ingeschakeld. De volgende payload laat alle adressen weg en de agent vraagt de server niet meer om opdrachten of instellingen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal mode is on.</source>
        <translation>De normale modus is ingeschakeld.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::SessionControls</name>
    <message>
        <location filename="../ui/SessionControls.cpp" line="+102"/>
        <source>&amp;Users…</source>
        <translation>&amp;Gebruikers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange password…</source>
        <translation>Wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set-up</source>
        <translation>Inrichting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No accounts yet: create an administrator in File &gt; Users.</source>
        <translation>Nog geen accounts: maak een beheerder aan via Bestand &gt; Gebruikers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create administrator…</source>
        <translation>Beheerder aanmaken…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked (%1)</source>
        <translation>Vergrendeld (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting up as %1 (%2)</source>
        <translation>Bezig met inrichten als %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, from a Unix group)</source>
        <translation>%1 (%2, via een Unix-groep)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::SessionStarter</name>
    <message>
        <location filename="../ui/SessionStarter.cpp" line="+77"/>
        <source>The accounts could not be read: %1</source>
        <translation>De accounts konden niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>fleet::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+64"/>
        <source>Fleetkeeper settings</source>
        <translation>Fleetkeeper-instellingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the settings</source>
        <translation>Probleem met de instellingen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Polling</source>
        <translation>Uitlezen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Poll interval unit</source>
        <translation>Eenheid van het uitleesinterval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Poll the fleet &amp;every</source>
        <translation>&amp;Vloot uitlezen elke</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scheduled discovery</source>
        <translation>Geplande netwerkscan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few hours</source>
        <translation>Om de paar uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily at a set time</source>
        <translation>Dagelijks op een vast tijdstip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discover printers</source>
        <translation>Printers &amp;ontdekken</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At</source>
        <translation>Om</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>10.0.0.0/24
10.0.1.10-50
printer.example.com:161</source>
        <translation>10.0.0.0/24
10.0.1.10-50
printer.example.com:161</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Targets</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One address, range, subnet or host name per line.</source>
        <translation>Eén adres, bereik, subnet of hostnaam per regel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Credential profiles</source>
        <translation>&amp;Toegangsprofielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None ticked: every stored profile, in their stored order.</source>
        <translation>Geen aangevinkt: elk opgeslagen profiel, in de opgeslagen volgorde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desktop</source>
        <translation>Bureaublad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect after Fleetkeeper is restarted.</source>
        <translation>Een nieuwe taal wordt actief nadat Fleetkeeper opnieuw is gestart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Not reporting after</source>
        <translation>&amp;Geen rapportage na</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A printer without a successful poll for this long counts as not reporting.</source>
        <translation>Een printer zonder geslaagde uitlezing gedurende deze tijd telt als &apos;rapporteert niet&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start minimised to the tray</source>
        <translation>Geminimaliseerd in het &amp;systeemvak starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Fleetkeeper when I &amp;log in</source>
        <translation>Fleetkeeper starten wanneer ik me aan&amp;meld</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loc&amp;k after inactivity</source>
        <translation>Vergrende&amp;len na inactiviteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in users type their password again after this long without input.</source>
        <translation>Aangemelde gebruikers voeren hun wachtwoord opnieuw in na zo lang zonder invoer.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The stored credential profiles could not be read: %1</source>
        <translation>De opgeslagen toegangsprofielen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (no longer stored)</source>
        <translation>%1 (niet meer opgeslagen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credential profiles are stored: the discovery tries SNMP v2c &quot;public&quot;.</source>
        <translation>Er zijn geen toegangsprofielen opgeslagen: de netwerkscan probeert SNMP v2c &quot;public&quot;.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The schedule could not be sent to the service: %1</source>
        <translation>De planning kon niet naar de service worden verzonden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The service closed the connection before it answered.</source>
        <translation>De service heeft de verbinding gesloten voordat deze antwoordde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service did not answer in time; the schedule may not have changed.</source>
        <translation>De service heeft niet op tijd geantwoord; de planning is mogelijk niet gewijzigd.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service refused the schedule.</source>
        <translation>De service heeft de planning geweigerd.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::SmtpSettingsDialog</name>
    <message>
        <location filename="../ui/SmtpSettingsDialog.cpp" line="+56"/>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMTP server</source>
        <translation>SMTP-server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (vereist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implicit TLS</source>
        <translation>Impliciete TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: no login</source>
        <translation>leeg: geen aanmelding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fleetkeeper@example.com</source>
        <translation>fleetkeeper@example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>leeg: de certificeringsinstanties van het systeem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CA bundle</source>
        <translation>Een CA-bundel kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a short message to the sender address with the settings above.</source>
        <translation>Verzendt een kort bericht naar het afzenderadres met de bovenstaande instellingen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>B&amp;eveiliging:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sen&amp;der:</source>
        <translation>&amp;Afzender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-bundel:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read the SMTP settings: %1</source>
        <translation>Kan de SMTP-instellingen niet lezen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unchanged (a password is stored)</source>
        <translation>ongewijzigd (er is een wachtwoord opgeslagen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none stored</source>
        <translation>niets opgeslagen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>CA bundle</source>
        <translation>CA-bundel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending a test message to %1…</source>
        <translation>Een testbericht verzenden naar %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server accepted a test message to %1.</source>
        <translation>De server heeft een testbericht aan %1 geaccepteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test failed (%1): %2</source>
        <translation>De test is mislukt (%1): %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter both the server and the sender address (or neither, to send no mail).</source>
        <translation>Vul zowel de server als het afzenderadres in (of geen van beide, om geen e-mail te verzenden).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot save the SMTP settings: %1</source>
        <translation>Kan de SMTP-instellingen niet opslaan: %1</translation>
    </message>
</context>
<context>
    <name>fleet::ui::SyncView</name>
    <message>
        <location filename="../ui/SyncView.cpp" line="+84"/>
        <location line="+45"/>
        <source>Outbox</source>
        <translation>Verzendwachtrij</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Exchange log</source>
        <translation>Berichtenlogboek</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View payload…</source>
        <translation>&amp;Payload bekijken…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter requests (endpoint, status, payload id, error…)</source>
        <translation>Verzoeken filteren (eindpunt, status, payload-id, fout…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter requests</source>
        <translation>Verzoeken filteren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Requests sent to the server</source>
        <translation>Verzoeken die naar de server zijn verzonden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Registration:</source>
        <translation>Registratie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent id:</source>
        <translation>Agent-id:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server certificate:</source>
        <translation>Servercertificaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security mode:</source>
        <translation>Beveiligingsmodus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync:</source>
        <translation>Laatste synchronisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next sync:</source>
        <translation>Volgende synchronisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next retry:</source>
        <translation>Volgende nieuwe poging:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox:</source>
        <translation>Verzendwachtrij:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Registration…</source>
        <translation>Re&amp;gistratie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security &amp;mode…</source>
        <translation>Beveiligingsm&amp;odus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote re&amp;quests…</source>
        <translation>Verzoeken op &amp;afstand…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fresh</source>
        <translation>Ver&amp;nieuwen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The sync status cannot be read: %1</source>
        <translation>De synchronisatiestatus kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not registered</source>
        <translation>Niet geregistreerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this agent: register again</source>
        <translation>De server accepteert deze agent niet meer: registreer opnieuw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered %1 (%2, %3)</source>
        <translation>Geregistreerd %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, valid until %2</source>
        <translation>%1, geldig tot %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not seen yet</source>
        <translation>nog niet gezien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by %1
SHA-256 %2
First seen %3</source>
        <translation>Uitgegeven door %1
SHA-256 %2
Eerst gezien %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked down</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>not scheduled</source>
        <translation>niet gepland</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>daily at %1 (within %n minute(s))</source>
        <translation>
            <numerusform>dagelijks om %1 (binnen %n minuut)</numerusform>
            <numerusform>dagelijks om %1 (binnen %n minuten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>at the next sync</source>
        <translation>bij de volgende synchronisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 queued, %2 delivered, %3 rejected (kept %4 days)</source>
        <translation>%1 in wachtrij, %2 afgeleverd, %3 geweigerd (%4 dagen bewaard)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sync could not be started; is the agent registered?</source>
        <translation>De synchronisatie kon niet worden gestart; is de agent geregistreerd?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server no longer accepts this agent: register again.</source>
        <translation>De server accepteert deze agent niet meer: registreer opnieuw.</translation>
    </message>
</context>
<context>
    <name>fleet::ui::TrayController</name>
    <message>
        <location filename="../ui/TrayController.cpp" line="+72"/>
        <source>&amp;Open Fleetkeeper</source>
        <translation>Fleetkeeper &amp;openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Poll now</source>
        <translation>Nu &amp;uitlezen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>P&amp;ause polling</source>
        <translation>Uitlezen &amp;pauzeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Reading the fleet…</source>
        <translation>De vloot wordt gelezen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleetkeeper</source>
        <translation>Fleetkeeper</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached to the service.</source>
        <translation>Verbonden met de service.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The service is not running.</source>
        <translation>De service draait niet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling is paused.</source>
        <translation>Uitlezen is gepauzeerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the database: %1</source>
        <translation>Kan de database niet lezen: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Critical condition</source>
        <translation>Kritieke conditie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical alert on %1</source>
        <translation>Kritieke melding op %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 new critical alerts</source>
        <translation>%1 nieuwe kritieke meldingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remote request</source>
        <translation>Verzoek op afstand</translation>
    </message>
</context>
<context>
    <name>fleet::ui::TroubleshootDialog</name>
    <message>
        <location filename="../ui/TroubleshootDialog.cpp" line="+21"/>
        <source>Troubleshooting — %1</source>
        <translation>Problemen oplossen — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checklist</source>
        <translation>Controlelijst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No checklist: %1</source>
        <translation>Geen controlelijst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step passed.</source>
        <translation>Alle stappen zijn geslaagd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
</context>
<context>
    <name>fleet::ui::UsersDialog</name>
    <message>
        <location filename="../ui/UsersDialog.cpp" line="+113"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+165"/>
        <source>&amp;Add user…</source>
        <translation>Gebruiker &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Wachtwoord resetten…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unix groups</source>
        <translation>Unix-groepen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members of a mapped group use Fleetkeeper with its role without a password (the strongest role wins).</source>
        <translation>Leden van een gekoppelde groep gebruiken Fleetkeeper met de rol van die groep, zonder wachtwoord (de sterkste rol wint).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unix group mappings</source>
        <translation>Koppelingen van Unix-groepen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Map group…</source>
        <translation>Groep &amp;koppelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove mapping</source>
        <translation>Koppeling &amp;verwijderen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>Vergrendeld tot %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No accounts yet: add the first administrator.</source>
        <translation>Nog geen accounts: voeg de eerste beheerder toe.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Add administrator…</source>
        <translation>Beheerder &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 is the first administrator.</source>
        <translation>%1 is de eerste beheerder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was added as %2.</source>
        <translation>%1 is toegevoegd als %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2.</source>
        <translation>%1 is nu %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is disabled.</source>
        <translation>%1 is uitgeschakeld.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is enabled.</source>
        <translation>%1 is ingeschakeld.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password of %1 was reset.</source>
        <translation>Het wachtwoord van %1 is gereset.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members of %1 are %2.</source>
        <translation>Leden van %1 zijn %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The group %1 is no longer mapped.</source>
        <translation>De groep %1 is niet meer gekoppeld.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Initial &amp;password</source>
        <translation>Eerste &amp;wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Re&amp;peat password</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Add the first administrator</source>
        <translation>De eerste beheerder toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>The passwords do not match.</source>
        <translation>De wachtwoorden komen niet overeen.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Role of %1</source>
        <translation>&amp;Rol van %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New &amp;password for %1</source>
        <translation>Nieuw &amp;wachtwoord voor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset password</source>
        <translation>Wachtwoord resetten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unix &amp;group</source>
        <translation>Unix-&amp;groep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map a Unix group</source>
        <translation>Een Unix-groep koppelen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/GuiOptions.cpp" line="+17"/>
        <source>Profile directory.</source>
        <translation>Profielmap.</translation>
    </message>
    <message>
        <location filename="../app/daemon/main.cpp" line="+53"/>
        <source>Fleetkeeper agent without a window: polls the stored fleet, runs the scheduled discovery and the daily sync, on the profile&apos;s schedule.</source>
        <translation>Fleetkeeper-agent zonder venster: leest de opgeslagen vloot uit, voert de geplande netwerkscan en de dagelijkse synchronisatie uit, volgens de planning van het profiel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile directory (else $FLEETKEEPER_PROFILE, else $STATE_DIRECTORY, else the user&apos;s data directory).</source>
        <translation>Profielmap (anders $FLEETKEEPER_PROFILE, anders $STATE_DIRECTORY, anders de gegevensmap van de gebruiker).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/GuiOptions.cpp" line="+1"/>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a poll in progress may take to finish after SIGTERM (default 10).</source>
        <translation>Aantal seconden dat een lopende uitlezing na SIGTERM nog mag duren (standaard 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log levels per category, e.g. &quot;fleet.snmp.debug=true;fleet.sync.info=false&quot;.</source>
        <translation>Logniveaus per categorie, bijv. &quot;fleet.snmp.debug=true;fleet.sync.info=false&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RULES</source>
        <translation>REGELS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected argument %1.</source>
        <translation>Onverwacht argument %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--stop-grace takes 0 to 3600 seconds.</source>
        <translation>--stop-grace accepteert 0 tot en met 3600 seconden.</translation>
    </message>
    <message>
        <location filename="../ui/DemoBanner.cpp" line="+15"/>
        <source>Demo fleet</source>
        <translation>Demovloot</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set up discovery…</source>
        <translation>Netwerkscan instellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demo fleet: starting simulated printers on loopback…</source>
        <translation>Demovloot: gesimuleerde printers starten op loopback…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Demo fleet: %n simulated printer(s) on %1 to %2 — set up discovery to monitor your own printers.</source>
        <translation>
            <numerusform>Demovloot: %n gesimuleerde printer op %1 tot en met %2 — stel een netwerkscan in om uw eigen printers te bewaken.</numerusform>
            <numerusform>Demovloot: %n gesimuleerde printers op %1 tot en met %2 — stel een netwerkscan in om uw eigen printers te bewaken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo fleet unavailable: %1 Set up discovery to monitor your own printers.</source>
        <translation>Demovloot niet beschikbaar: %1 Stel een netwerkscan in om uw eigen printers te bewaken.</translation>
    </message>
    <message>
        <location filename="../ui/GuiOptions.cpp" line="+3"/>
        <source>Save a picture of the window once the fleet is shown, then quit.</source>
        <translation>Een afbeelding van het venster opslaan zodra de vloot wordt getoond, en dan afsluiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: the view to picture (fleet, device, alerts, discovery).</source>
        <translation>Met --screenshot: de weergave voor de afbeelding (fleet, device, alerts, discovery).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VIEW</source>
        <translation>WEERGAVE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the demo fleet of simulated printers on loopback, in its own profile unless --profile is given.</source>
        <translation>De demovloot met gesimuleerde printers op loopback starten, in een eigen profiel tenzij --profile is opgegeven.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start the demo fleet, even when nothing is set up.</source>
        <translation>De demovloot niet starten, ook niet als er nog niets is ingesteld.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown view %1: use fleet, device, alerts or discovery.</source>
        <translation>Onbekende weergave %1: gebruik fleet, device, alerts of discovery.</translation>
    </message>
    <message>
        <location filename="../ui/DesktopSteps.cpp" line="+28"/>
        <location filename="../ui/GuiStartup.cpp" line="+38"/>
        <source>Fleetkeeper</source>
        <translation>Fleetkeeper</translation>
    </message>
    <message>
        <location filename="../ui/OwningApp.cpp" line="+125"/>
        <source>The Fleetkeeper service stopped; this window now runs the schedule.</source>
        <translation>De Fleetkeeper-service is gestopt; dit venster voert nu de planning uit.</translation>
    </message>
</context>
</TS>
