<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CameraPanel</name>
    <message numerus="yes">
        <source>Hold each cover up to the camera, its QR code whole and in the light. %n codes read so far.</source>
        <translation>
            <numerusform>Hold each cover up to the camera, its QR code whole and in the light. %n code read so far.</numerusform>
            <numerusform>Hold each cover up to the camera, its QR code whole and in the light. %n codes read so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n assessments</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %n codes recorded.</source>
        <translation>
            <numerusform>{count} of %n code recorded.</numerusform>
            <numerusform>{count} of %n codes recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies back</source>
        <translation>
            <numerusform>%n copy back</numerusform>
            <numerusform>%n copies back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies not back</source>
        <translation>
            <numerusform>%n copy not back</numerusform>
            <numerusform>%n copies not back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies to collect</source>
        <translation>
            <numerusform>%n copy to collect</numerusform>
            <numerusform>%n copies to collect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days absent</source>
        <translation>
            <numerusform>%n day absent</numerusform>
            <numerusform>%n days absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n families</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n houses</source>
        <translation>
            <numerusform>%n house</numerusform>
            <numerusform>%n houses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons a week</source>
        <translation>
            <numerusform>%n lesson a week</numerusform>
            <numerusform>%n lessons a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores still missing</source>
        <translation>
            <numerusform>%n final score still missing</numerusform>
            <numerusform>%n final scores still missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing or hand-set scores</source>
        <translation>
            <numerusform>%n missing or hand-set score</numerusform>
            <numerusform>%n missing or hand-set scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open cases</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sheets</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teachers</source>
        <translation>
            <numerusform>%n teacher</numerusform>
            <numerusform>%n teachers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheets</source>
        <translation>
            <numerusform>%n worksheet</numerusform>
            <numerusform>%n worksheets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradeImportDialog</name>
    <message numerus="yes">
        <source>%n results of {pupils} pupils would change in {where}.</source>
        <translation>
            <numerusform>%n result of {pupils} pupils would change in {where}.</numerusform>
            <numerusform>%n results of {pupils} pupils would change in {where}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n changes</source>
        <translation>
            <numerusform>Apply %n change</numerusform>
            <numerusform>Apply %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subjects</source>
        <translation>
            <numerusform>%n subject</numerusform>
            <numerusform>%n subjects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results missing</source>
        <translation>
            <numerusform>%n result missing</numerusform>
            <numerusform>%n results missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessments</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as {path} (%n pages).</source>
        <translation>
            <numerusform>Saved as {path} (%n page).</numerusform>
            <numerusform>Saved as {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results taken from {path}.</source>
        <translation>
            <numerusform>%n result taken from {path}.</numerusform>
            <numerusform>%n results taken from {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n final scores below {cut}</source>
        <translation>
            <numerusform>%n final score below {cut}</numerusform>
            <numerusform>%n final scores below {cut}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n rows carry the NISN of another pupil: choose each (filter “Problem”) and say who it is.</source>
        <translation>
            <numerusform>%n row carries the NISN of another pupil: choose it (filter “Problem”) and say who it is.</numerusform>
            <numerusform>%n rows carry the NISN of another pupil: choose each (filter “Problem”) and say who it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n pupils</source>
        <translation>
            <numerusform>Import %n pupil</numerusform>
            <numerusform>Import %n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Let the file replace %n corrections made by hand (kept otherwise)</source>
        <translation>
            <numerusform>Let the file replace %n correction made by hand (kept otherwise)</numerusform>
            <numerusform>Let the file replace %n corrections made by hand (kept otherwise)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <source>%n letters on {pages} pages: {path}</source>
        <translation>
            <numerusform>%n letter on {pages} pages: {path}</numerusform>
            <numerusform>%n letters on {pages} pages: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostStickDialog</name>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message numerus="yes">
        <source>%n invitations on {pages} pages: {path}</source>
        <translation>
            <numerusform>%n invitation on {pages} pages: {path}</numerusform>
            <numerusform>%n invitations on {pages} pages: {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n worksheets on paper are past their due date (the oldest since {day}) and not back: plan the home visits</source>
        <translation>
            <numerusform>%n worksheet on paper is past its due date (since {day}) and not back: plan the home visit</numerusform>
            <numerusform>%n worksheets on paper are past their due date (the oldest since {day}) and not back: plan the home visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies came back this week</source>
        <translation>
            <numerusform>%n copy came back this week</numerusform>
            <numerusform>%n copies came back this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parents to contact about an absence without a letter</source>
        <translation>
            <numerusform>%n parent to contact about an absence without a letter</numerusform>
            <numerusform>%n parents to contact about an absence without a letter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps of absence cases are due</source>
        <translation>
            <numerusform>%n step of an absence case is due</numerusform>
            <numerusform>%n steps of absence cases are due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks agreed at parent meetings are due</source>
        <translation>
            <numerusform>%n task agreed at a parent meeting is due</numerusform>
            <numerusform>%n tasks agreed at parent meetings are due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils have no parent&apos;s consent recorded: ask at the next visit or meeting</source>
        <translation>
            <numerusform>%n pupil has no parent&apos;s consent recorded: ask at the next visit or meeting</numerusform>
            <numerusform>%n pupils have no parent&apos;s consent recorded: ask at the next visit or meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils left longer ago than the school keeps data: delete their personal data</source>
        <translation>
            <numerusform>%n pupil left longer ago than the school keeps data: delete their personal data</numerusform>
            <numerusform>%n pupils left longer ago than the school keeps data: delete their personal data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils have no phone: hand them a worksheet on paper</source>
        <translation>
            <numerusform>%n pupil has no phone: hand them a worksheet on paper</numerusform>
            <numerusform>%n pupils have no phone: hand them a worksheet on paper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Home visits today: class {name}, %n houses</source>
        <translation>
            <numerusform>Home visits today: class {name}, %n house</numerusform>
            <numerusform>Home visits today: class {name}, %n houses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message numerus="yes">
        <source>%n pupils</source>
        <translation>
            <numerusform>%n pupil</numerusform>
            <numerusform>%n pupils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worksheets</source>
        <translation>
            <numerusform>%n worksheet</numerusform>
            <numerusform>%n worksheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last pages: %n letters to the same families.</source>
        <translation>
            <numerusform>The last page: %n letter to the same family.</numerusform>
            <numerusform>The last pages: %n letters to the same families.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupsPage</name>
    <message numerus="yes">
        <source>Not back yet: %n copies, {late} past their due date</source>
        <translation>
            <numerusform>Not back yet: %n copy, {late} past its due date</numerusform>
            <numerusform>Not back yet: %n copies, {late} past their due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pupils to follow up ({after}+ visits)</source>
        <translation>
            <numerusform>%n pupil to follow up ({after}+ visits)</numerusform>
            <numerusform>%n pupils to follow up ({after}+ visits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies recorded in this sitting</source>
        <translation>
            <numerusform>%n copy recorded in this sitting</numerusform>
            <numerusform>%n copies recorded in this sitting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message numerus="yes">
        <source>%n pupils left that long ago and still have their data.</source>
        <translation>
            <numerusform>%n pupil left that long ago and still has their data.</numerusform>
            <numerusform>%n pupils left that long ago and still have their data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the personal data of %n pupils who left more than {years} years ago, on every computer of the school? Their grades and attendance stay as figures without a name. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the personal data of %n pupil who left more than {years} years ago, on every computer of the school? Their grades and attendance stay as figures without a name. This cannot be undone.</numerusform>
            <numerusform>Delete the personal data of %n pupils who left more than {years} years ago, on every computer of the school? Their grades and attendance stay as figures without a name. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message numerus="yes">
        <source>%n houses</source>
        <translation>
            <numerusform>%n house</numerusform>
            <numerusform>%n houses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies to collect</source>
        <translation>
            <numerusform>%n copy to collect</numerusform>
            <numerusform>%n copies to collect</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message numerus="yes">
        <source>%n lessons a week</source>
        <translation>
            <numerusform>%n lesson a week</numerusform>
            <numerusform>%n lessons a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n backups made before are not encrypted. Encrypt them now with the new passphrase?</source>
        <translation>
            <numerusform>%n backup made before is not encrypted. Encrypt it now with the new passphrase?</numerusform>
            <numerusform>%n backups made before are not encrypted. Encrypt them now with the new passphrase?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n seconds.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That PIN is not right. %n more tries before a wait.</source>
        <translation>
            <numerusform>That PIN is not right. %n more try before a wait.</numerusform>
            <numerusform>That PIN is not right. %n more tries before a wait.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message numerus="yes">
        <source>%n pupils written to {file}</source>
        <translation>
            <numerusform>%n pupil written to {file}</numerusform>
            <numerusform>%n pupils written to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>Written: {file} (%n rows, {size}). It can be taken to the laptops.</source>
        <translation>
            <numerusform>Written: {file} (%n row, {size}). It can be taken to the laptops.</numerusform>
            <numerusform>Written: {file} (%n rows, {size}). It can be taken to the laptops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: {file} (%n rows, {size}). It can be taken to the office.</source>
        <translation>
            <numerusform>Written: {file} (%n row, {size}). It can be taken to the office.</numerusform>
            <numerusform>Written: {file} (%n rows, {size}). It can be taken to the office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n rows.</source>
        <translation>
            <numerusform>Sent: %n row.</numerusform>
            <numerusform>Sent: %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TickListDialog</name>
    <message numerus="yes">
        <source>Stop {number}: {outcome}; %n copies recorded as returned.</source>
        <translation>
            <numerusform>Stop {number}: {outcome}; %n copy recorded as returned.</numerusform>
            <numerusform>Stop {number}: {outcome}; %n copies recorded as returned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message numerus="yes">
        <source>{name} (%n pages)</source>
        <translation>
            <numerusform>{name} (%n page)</numerusform>
            <numerusform>{name} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetsPage</name>
    <message numerus="yes">
        <source>{pages} (%n questions)</source>
        <translation>
            <numerusform>{pages} (%n question)</numerusform>
            <numerusform>{pages} (%n questions)</numerusform>
        </translation>
    </message>
</context>
</TS>
