<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseloadTableModel</name>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <extracomment>the columns a compact caseload (beside an open case) keeps: name and next date</extracomment>
        <translation>
            <numerusform>%n overdue item</numerusform>
            <numerusform>%n overdue items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConferenceDialog</name>
    <message numerus="yes">
        <source>Case conference saved; %n action(s) added to the timeline.</source>
        <translation>
            <numerusform>Case conference saved; %n action added to the timeline.</numerusform>
            <numerusform>Case conference saved; %n actions added to the timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message numerus="yes">
        <source>%n more field(s)</source>
        <translation>
            <numerusform>%n more field</numerusform>
            <numerusform>%n more fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words work well.</source>
        <translation>
            <numerusform>At least %n character. A few unrelated words work well.</numerusform>
            <numerusform>At least %n characters. A few unrelated words work well.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyPlanTab</name>
    <message numerus="yes">
        <source>⚠ Review overdue: it was due %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>⚠ Review overdue: it was due %1 (%n day ago)</numerusform>
            <numerusform>⚠ Review overdue: it was due %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review by %1 (in %n day(s))</source>
        <translation>
            <numerusform>Review by %1 (in %n day)</numerusform>
            <numerusform>Review by %1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message numerus="yes">
        <source>Too short: at least %n character(s)</source>
        <translation>
            <numerusform>Too short: at least %n character</numerusform>
            <numerusform>Too short: at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message numerus="yes">
        <source>Wrong user name or passphrase. Try again in %n second(s).</source>
        <translation>
            <numerusform>Wrong user name or passphrase. Try again in %n second.</numerusform>
            <numerusform>Wrong user name or passphrase. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n character(s); a few unrelated words work well.</source>
        <translation>
            <numerusform>A passphrase needs at least %n character; a few unrelated words work well.</numerusform>
            <numerusform>A passphrase needs at least %n characters; a few unrelated words work well.</numerusform>
        </translation>
    </message>
</context>
</TS>
