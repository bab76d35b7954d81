<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he_IL" sourcelanguage="en">
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../arapp/ui/aging/aging_model.py" line="+91"/>
        <source>Code</source>
        <extracomment>Model column → AgingRow field, for the seven money columns after code and name. The customer&apos;s id on every customer row (None on the totals row). The cell&apos;s value as data: ``Decimal`` for money, ``str`` for code and name.</extracomment>
        <translation>קוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>טרם הגיע מועדו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30</source>
        <translation>1–30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60</source>
        <translation>31–60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90</source>
        <translation>61–90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91+</source>
        <translation>91+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>יתרת זכות</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <location filename="../arapp/ui/aging/aging_view.py" line="+201"/>
        <source>As of</source>
        <extracomment>A date typed digit by digit starts one report, not eight.</extracomment>
        <translation>נכון ליום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>ייצוא ל-CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>ייצוא ל-Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the report…</source>
        <translation>הדוח בהכנה…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Aging report</source>
        <translation>דוח גיול חובות</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report failed: %1</source>
        <translation>הפקת הדוח נכשלה: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>covered by cheques in hand %1 · uncovered %2</source>
        <translation>מכוסה בשיקים שבידינו %1 · לא מכוסה %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export CSV</source>
        <translation>ייצוא ל-CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Excel</source>
        <translation>ייצוא ל-Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>קובצי Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aging %1</source>
        <translation>גיול חובות %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved</source>
        <translation>הקובץ לא נשמר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1</source>
        <translation>לא ניתן היה לשמור את הקובץ: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Exported to %1</source>
        <translation>הדוח יוצא לקובץ %1</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>%n customer(s) · total %1 · overdue %2</source>
        <translation>
            <numerusform>%n לקוח · סה״כ %1 · בפיגור %2</numerusform>
            <numerusform>%n לקוחות · סה״כ %1 · בפיגור %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../arapp/ui/plans/agreement_page.py" line="+136"/>
        <source>Agreement</source>
        <translation>הסכם</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the agreement through with the customer. It is printed in the language chosen here.</source>
        <translation>יש לעבור על ההסכם יחד עם הלקוח. ההסכם יודפס בשפה שנבחרה כאן.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement &amp;language:</source>
        <translation>&amp;שפת ההסכם:</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location line="-53"/>
        <source>The agreement could not be made.</source>
        <translation>לא ניתן היה להפיק את ההסכם.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../arapp/ui/app.py" line="+254"/>
        <source>Restored</source>
        <translation>השחזור הושלם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop was restored from %1. The shop as it was is kept as %2.</source>
        <translation>העסק שוחזר מהגיבוי %1. העותק של העסק כפי שהיה לפני השחזור נשמר בשם %2.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../arapp/ui/ops/long_op.py" line="+116"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <location filename="../arapp/ui/shell/backup_restore.py" line="+37"/>
        <source>Back up the shop into…</source>
        <translation>גיבוי העסק לתיקייה…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup written</source>
        <translation>הגיבוי נשמר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop was copied to %1. Keep a copy away from this computer too.</source>
        <translation>העסק הועתק אל %1. כדאי לשמור עותק גם מחוץ למחשב הזה.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>שחזור מגיבוי</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>arapp backups (*.sqlite3);;All files (*)</source>
        <translation>גיבויים של arapp (*.sqlite3);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace everything in the shop with the backup %1?</source>
        <translation>להחליף את כל נתוני העסק בגיבוי %1?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was recorded after that backup was made will no longer show. The shop as it is now is kept as a copy beside the shop file. Open windows are closed and the shop opens again.</source>
        <translation>כל מה שנרשם אחרי יצירת הגיבוי לא יופיע עוד. העסק במצבו הנוכחי יישמר כעותק ליד קובץ העסק. החלונות הפתוחים ייסגרו והעסק ייפתח מחדש.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>שחזור</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/backups_page.py" line="+89"/>
        <source>none yet</source>
        <translation>עדיין אין</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The second backup folder must be a full path, such as E:\Backups.</source>
        <translation>התיקייה השנייה לגיבויים צריכה להיות נתיב מלא, למשל E:\Backups.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Second backup folder</source>
        <translation>תיקייה שנייה לגיבויים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>arapp backs up the shop on the first start of each day and again when it closes. Each backup is checked before it is kept; only you can read them.</source>
        <translation>החנות מגובה בפתיחה הראשונה של כל יום, ושוב כשהתוכנה נסגרת. כל גיבוי נבדק לפני שהוא נשמר, ורק אתם יכולים לקרוא את הגיבויים.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in:</source>
        <translation>מיקום הגיבויים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest backup:</source>
        <translation>הגיבוי האחרון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily backups to keep:</source>
        <translation>&amp;גיבויים יומיים לשמירה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly backups to keep:</source>
        <translation>גיבויים &amp;חודשיים לשמירה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second folder:</source>
        <translation>תיקייה &amp;שנייה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> חודשים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;בחירה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A USB stick or a folder that syncs to the cloud gets a copy of every backup, so a broken or stolen computer does not take the shop with it. Leave empty for none.</source>
        <translation>דיסק און קי או תיקייה שמסונכרנת לענן מקבלים עותק של כל גיבוי, כך שמחשב שהתקלקל או נגנב לא לוקח איתו את החנות. השאירו ריק אם אין.</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="+82"/>
        <source>Breach (acceleration)</source>
        <translation>הפרה (העמדה לפירעון מיידי)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoke the acceleration clause of %1 for %2?</source>
        <translation>להפעיל את סעיף ההעמדה לפירעון מיידי של %1 עבור %2?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The installment due %1 is %2 days late (the plan allows %3).</source>
        <translation>התשלום שמועדו %1 מאחר ב-%2 ימים (ההסדר מתיר %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• Every unpaid installment falls due today.</source>
        <translation>• כל התשלומים שטרם שולמו יעמדו לפירעון היום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• The interest of installments not yet due is waived.</source>
        <translation>• הריבית של תשלומים שמועדם טרם הגיע נמחלת.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• Installments a cheque in hand pays keep their dates and cheques.</source>
        <translation>• תשלומים ששיק שבידינו משלם נשארים במועדם ועם השיק שלהם.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The customer may then get collection letters for what is overdue, as for any late debt.</source>
        <translation>• מעתה הלקוח עשוי לקבל מכתבי גבייה על הסכום שבפיגור, כמו על כל חוב בפיגור.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• This cannot be undone.</source>
        <translation>• אי אפשר לחזור מפעולה זו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accelerate the plan</source>
        <translation>&amp;העמדה לפירעון מיידי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;לא עכשיו</translation>
    </message>
</context>
<context>
    <name>BusinessForm</name>
    <message>
        <location filename="../arapp/ui/settings/business_form.py" line="+94"/>
        <source>Business &amp;name:</source>
        <translation>&amp;שם העסק:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration no.:</source>
        <translation>&amp;ע.מ. / ח.פ.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>&amp;טלפונים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank details:</source>
        <translation>פרטי ב&amp;נק:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bit / PayBo&amp;x number:</source>
        <translation>מספר ל&amp;ביט / פייבוקס:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Card payments by phone:</source>
        <translation>תשלום ב&amp;כרטיס אשראי בטלפון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;hours:</source>
        <translation>&amp;שעות פתיחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner&apos;s name:</source>
        <translation>שם ה&amp;בעלים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>&amp;לוגו:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signature:</source>
        <translation>&amp;חתימה:</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="+93"/>
        <source>Your business</source>
        <translation>פרטי העסק</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters and statements print these details. Only the name is required; you can fill in the rest later.</source>
        <translation>פרטים אלה יודפסו על המכתבים ועל דפי מצב החשבון. רק שם העסק הוא שדה חובה; את שאר הפרטים אפשר להשלים בהמשך.</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/business_page.py" line="+68"/>
        <source>The business needs a name: letters print it at the top.</source>
        <translation>יש להזין את שם העסק: הוא מודפס בראש כל מכתב.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letters and statements print these details.</source>
        <translation>פרטים אלה מודפסים על המכתבים ועל דפי מצב החשבון.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>&amp;מטבע:</translation>
    </message>
</context>
<context>
    <name>CancelPlanDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="+34"/>
        <source>Cancel the plan</source>
        <translation>ביטול הסדר התשלומים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel %1 for %2?</source>
        <translation>לבטל את %1 של %2?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unpaid installments stay open as ordinary items with their own due dates; the balance does not change. The plan and its agreement are kept, marked cancelled. It cannot be undone.</source>
        <translation>התשלומים שטרם שולמו יישארו פתוחים כפריטים רגילים, כל אחד במועד הפירעון שלו; היתרה לא משתנה. ההסדר וההסכם שלו נשמרים ומסומנים כמבוטלים. אי אפשר לחזור מפעולה זו.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;סיבת הביטול (חובה):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the plan</source>
        <translation>&amp;ביטול ההסדר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the plan</source>
        <translation>&amp;השארת ההסדר</translation>
    </message>
</context>
<context>
    <name>CaseFileExport</name>
    <message>
        <location filename="../arapp/ui/customers/case_file_export.py" line="+24"/>
        <source>Export case file</source>
        <translation>ייצוא תיק לגבייה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP archives (*.zip)</source>
        <translation>קובצי ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case file exported</source>
        <translation>התיק יוצא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case file was saved as %1</source>
        <translation>התיק נשמר בשם %1</translation>
    </message>
</context>
<context>
    <name>ChargeFeeDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="+368"/>
        <source>Charge the returned cheque&apos;s fee</source>
        <translation>חיוב עמלת השיק שחזר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank fee</source>
        <translation>עמלת הבנק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee date</source>
        <translation>תאריך החיוב</translation>
    </message>
</context>
<context>
    <name>ChequeFields</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_form.py" line="+144"/>
        <source>Cheque</source>
        <extracomment>Field name (as :class:`ChequeInput` and the core&apos;s refusals name it) → longest input.</extracomment>
        <translation>שיק</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>בנק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>סניף</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque no.</source>
        <translation>מס׳ שיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer&apos;s name</source>
        <translation>שם המושך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer&apos;s ID</source>
        <translation>ת״ז המושך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorser&apos;s name</source>
        <translation>שם המסב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorser&apos;s ID</source>
        <translation>ת״ז המסב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsements</source>
        <translation>מספר הסבות</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 digits</source>
        <translation>2 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 digits</source>
        <translation>3 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to 9 digits</source>
        <translation>עד 9 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn by someone else (not the customer)</source>
        <translation>נמשך על ידי אחר (לא הלקוח)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed to the shop</source>
        <translation>הוסב לעסק</translation>
    </message>
</context>
<context>
    <name>ChequeTable</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_table.py" line="+31"/>
        <source>The customer</source>
        <translation>הלקוח</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · fee %2</source>
        <translation>%1 · עמלה %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cheque no.</source>
        <translation>מס׳ שיק</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank-branch-account</source>
        <translation>בנק-סניף-חשבון</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date on the cheque</source>
        <translation>תאריך השיק</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawer</source>
        <translation>מושך</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pays</source>
        <translation>משלם את</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>ChequesPage</name>
    <message>
        <location filename="../arapp/ui/plans/cheques_page.py" line="+168"/>
        <location line="+5"/>
        <source>Cheque %1: %2</source>
        <extracomment>The columns that make a row a cheque: a row with all of them empty is no cheque. How many problems the page lists at once (the rest follow once these are fixed).</extracomment>
        <translation>שיק %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>…and %1 more.</source>
        <translation>…ועוד %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cheque %1: the amount %2 is not the installment&apos;s %3.</source>
        <translation>שיק %1: הסכום %2 שונה מסכום התשלום, %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the first cheque (bank, branch, account and number), then fill down.</source>
        <translation>יש להקליד את השיק הראשון (בנק, סניף, חשבון ומספר שיק), ואז להעתיק למטה.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Down payment</source>
        <translation>מקדמה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment %1</source>
        <translation>תשלום %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 installments with a cheque.</source>
        <translation>ל-%1 מתוך %2 התשלומים יש שיק.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheques</source>
        <translation>שיקים</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the post-dated cheques the customer hands over, one row per installment. Leave a row empty for an installment paid without a cheque.</source>
        <translation>יש להקליד את השיקים הדחויים שהלקוח מוסר, שורה לכל תשלום. שורה ריקה היא תשלום ללא שיק.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque for the down payment too</source>
        <translation>שיק גם עבור המקדמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill down from the first row</source>
        <translation>&amp;העתקה מהשורה הראשונה למטה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same bank, branch, account and drawer; consecutive cheque numbers; the installments&apos; dates and amounts.</source>
        <translation>אותו בנק, סניף, חשבון ומושך; מספרי שיקים עוקבים; התאריכים והסכומים של התשלומים.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the cheques</source>
        <translation>ניקוי השיקים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>עבור</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank</source>
        <translation>בנק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch</source>
        <translation>סניף</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>חשבון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque no.</source>
        <translation>מס&apos; שיק</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer (if not the customer)</source>
        <translation>מושך השיק (אם אינו הלקוח)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawer&apos;s ID</source>
        <translation>ת״ז המושך</translation>
    </message>
</context>
<context>
    <name>ChequesPanel</name>
    <message>
        <location filename="../arapp/ui/cheques/cheques_view.py" line="+221"/>
        <source>selected %1 · %2</source>
        <translation>נבחרו %1 · %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cheque replaced</source>
        <translation>השיק הוחלף</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>To deposit</source>
        <translation>להפקדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited, not cleared</source>
        <translation>הופקדו, טרם נפרעו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>חזרו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In hand (post-dated)</source>
        <translation>בידינו (דחויים)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deposit…</source>
        <translation>ה&amp;פקדה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit the selected cheques as one batch</source>
        <translation>הפקדת השיקים שנבחרו בהפקדה אחת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cle&amp;ared…</source>
        <translation>&amp;נפרעו…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give &amp;back…</source>
        <translation>הוחזר &amp;ללקוח…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge &amp;the fee…</source>
        <translation>ח&amp;יוב עמלה…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Returned…</source>
        <translation>חז&amp;ר…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Charge the bank&apos;s fee for a returned cheque now (for a consumer: 14 days after the debt notice)</source>
        <translation>חיוב הלקוח בעמלת הבנק על שיק שחזר (לצרכן: 14 ימים אחרי הודעת החוב)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Replace (ca&amp;sh or cheque)…</source>
        <translation>ה&amp;וחלף (במזומן או בשיק)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the cheque with cash or with another cheque</source>
        <translation>החלפת השיק במזומן או בשיק אחר</translation>
    </message>
    <message numerus="yes">
        <location line="-112"/>
        <source>%n cheque(s) · total %1</source>
        <translation>
            <numerusform>%n שיק · סה״כ %1</numerusform>
            <numerusform>%n שיקים · סה״כ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Search: cheque no., bank-branch, account, drawer, customer</source>
        <translation>חיפוש: מס׳ שיק, בנק-סניף, חשבון, מושך, לקוח</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dep&amp;osit list…</source>
        <translation>רשימת הפק&amp;דה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash flo&amp;w forecast…</source>
        <translation>&amp;צפי תזרים…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money expected from cheques and installments, per week and per month</source>
        <translation>הכסף הצפוי להיכנס משיקים ומתשלומים, לפי שבוע ולפי חודש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the list of the cheques deposited on a day, for the bank</source>
        <translation>הדפסת רשימת השיקים שהופקדו ביום מסוים, לבנק</translation>
    </message>
</context>
<context>
    <name>ClearDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-181"/>
        <source>Cheques cleared</source>
        <translation>שיקים שנפרעו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared on</source>
        <translation>נפרעו בתאריך</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../arapp/ui/customers/card_parts.py" line="+88"/>
        <source>Not yet due</source>
        <translation>טרם הגיע מועדו</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 days</source>
        <extracomment>Aging buckets in reading order (AgingRow field names).</extracomment>
        <translation>%1 ימים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit</source>
        <translation>יתרת זכות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+110"/>
        <source>Void: %1</source>
        <translation>מבוטל: %1</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Disputed</source>
        <translation>במחלוקת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly paid</source>
        <translation>שולם חלקית</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number</source>
        <translation>מספר</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+62"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Due</source>
        <translation>תאריך פירעון</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open</source>
        <translation>יתרה לתשלום</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days late</source>
        <translation>ימי פיגור</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>credit %1</source>
        <translation>יתרת זכות %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Method</source>
        <translation>אמצעי תשלום</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>אסמכתא</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied to</source>
        <translation>שיוך לחשבוניות</translation>
    </message>
    <message>
        <location filename="../arapp/ui/customers/card_letters.py" line="+97"/>
        <source>registered mail %1</source>
        <translation>דואר רשום מס׳ %1</translation>
    </message>
    <message>
        <location filename="../arapp/ui/customers/customer_card.py" line="+256"/>
        <source>%1 — customer card</source>
        <translation>%1 — כרטיס לקוח</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop credit</source>
        <translation>חסימת אשראי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over credit limit</source>
        <translation>חריגה ממסגרת האשראי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned cheques: %1</source>
        <translation>שיקים שחזרו: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance: %1</source>
        <translation>יתרה: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debt %1 · covered by cheques in hand %2 · uncovered %3</source>
        <translation>חוב %1 · מכוסה בשיקים שבידינו %2 · לא מכוסה %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code: %1</source>
        <translation>קוד: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>טלפון: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email: %1</source>
        <translation>דוא״ל: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID: %1</source>
        <translation>ת״ז: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address: %1</source>
        <translation>כתובת: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms: %1 days</source>
        <translation>תנאי תשלום: %1 ימים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit limit: %1</source>
        <translation>מסגרת אשראי: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Void invoice %1 of %2, %3?</source>
        <translation>לבטל את חשבונית %1 מתאריך %2 על סך %3?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Void the payment of %1 from %2?</source>
        <translation>לבטל את התשלום על סך %1 מתאריך %2?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print letter</source>
        <translation>הדפסת מכתב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters are not available in this version.</source>
        <translation>מכתבים אינם זמינים בגרסה זו.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New &amp;invoice (Ctrl+I)</source>
        <translation>חשבונית &amp;חדשה (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment (Ctrl+P)</source>
        <translation>רישום &amp;תשלום (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pla&amp;n… (Ctrl+Shift+P)</source>
        <translation>&amp;הסדר חדש… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up an installment plan for this customer</source>
        <translation>יצירת הסדר תשלומים ללקוח זה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void selected…</source>
        <translation>&amp;ביטול הרשומה שנבחרה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;letter… (Ctrl+L)</source>
        <translation>הדפסת &amp;מכתב… (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit customer… (Ctrl+E)</source>
        <translation>&amp;עריכת לקוח… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;confirmation…</source>
        <translation>&amp;אישור תשלום…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport case file…</source>
        <translation>ייצוא &amp;תיק…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More a&amp;ctions</source>
        <translation>פעולות נו&amp;ספות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void, payment confirmation, hand over, case file</source>
        <translation>ביטול רשומה, אישור תשלום, העברה לגבייה, ייצוא תיק</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One ZIP for a lawyer or agency: statement, letters sent, contact log, agreements and cheques</source>
        <translation>קובץ ZIP אחד לעורך הדין או לחברת הגבייה: מצב חשבון, המכתבים שנשלחו, יומן הפניות, ההסכמים והשיקים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show paid and void invoices</source>
        <translation>הצגת חשבוניות ששולמו ושבוטלו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show void payments</source>
        <translation>הצגת תשלומים שבוטלו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>חשבוניות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plans</source>
        <translation>הסדרי תשלומים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheques</source>
        <translation>שיקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters sent</source>
        <translation>מכתבים שנשלחו</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Handed over to %1 on %2</source>
        <translation>הועבר לטיפול %1 ב-%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Take the file &amp;back…</source>
        <translation>החזרת התיק ל&amp;טיפולנו…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hand over…</source>
        <translation>העברה ל&amp;גבייה חיצונית…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand the file to a lawyer or a collection agency</source>
        <translation>העברת התיק לעורך דין או לחברת גבייה</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Lo&amp;g contact… (Ctrl+K)</source>
        <translation>תיעוד &amp;קשר… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log a call, message, visit or note, with a promise or a follow-up</source>
        <translation>תיעוד שיחה, הודעה, ביקור או הערה, עם הבטחת תשלום או מועד מעקב</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline</source>
        <translation>ציר זמן</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../arapp/ui/customers/customer_dialog.py" line="+242"/>
        <source>New customer</source>
        <translation>לקוח חדש</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer</source>
        <translation>עריכת לקוח</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;קוד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;שם:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>&amp;טלפונים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;דוא״ל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID / company no.:</source>
        <translation>&amp;ת״ז / ח״פ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit &amp;limit:</source>
        <translation>&amp;מסגרת אשראי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;תנאי תשלום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;שפת המכתבים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;type:</source>
        <translation>&amp;סוג לקוח:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;הערות:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit</source>
        <translation>ללא מסגרת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> ימים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer (private person)</source>
        <translation>צרכן (אדם פרטי)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>עסק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop credit: no new sales on credit</source>
        <translation>&amp;עצירת אשראי: אין מכירות חדשות באשראי</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../arapp/ui/customers/customers_model.py" line="+190"/>
        <source>Code</source>
        <extracomment>Rows per query: a screenful many times over, small enough to load in a few ms. Columns the owner can sort by clicking the header → CustomerQuery.sort. Below this share of items paid on time the list shows the share in red. Role holding the customer&apos;s id.</extracomment>
        <translation>קוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>טלפון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>יתרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>ימי פיגור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on time</source>
        <translation>תשלום בזמן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Stop credit</source>
        <translation>חסימת אשראי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over limit</source>
        <translation>חריגה ממסגרת</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>בגבייה חיצונית</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broke a promise</source>
        <translation>הפר הבטחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned cheque</source>
        <translation>שיק חוזר</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../arapp/ui/customers/customers_view.py" line="+354"/>
        <source>Customers: %1</source>
        <extracomment>First click on a column sorts the way an owner means it: names A→Z, biggest debt first, most days late first. A second click reverses.</extracomment>
        <translation>לקוחות: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New customer…</source>
        <translation>לקוח &amp;חדש…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer… (Ctrl+N)</source>
        <translation>לקוח חדש… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;עריכת לקוח…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open card</source>
        <translation>&amp;פתיחת כרטיס</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, code, phone or ID number (Ctrl+F)</source>
        <translation>חיפוש לפי שם, קוד, טלפון או ת״ז (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Log contact…</source>
        <translation>תיעוד &amp;קשר…</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-70"/>
        <source>Deposit cheques</source>
        <extracomment>Open the day&apos;s deposit list once deposited, to print it for the bank.</extracomment>
        <translation>הפקדת שיקים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit date</source>
        <translation>תאריך הפקדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the shop&apos;s bank account (optional)</source>
        <translation>לחשבון הבנק של העסק (לא חובה)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deposit before the date?</source>
        <translation>להפקיד לפני התאריך?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These cheques are dated after the deposit date: %1. The bank may return a cheque deposited before its date. Deposit them anyway?</source>
        <translation>השיקים האלה נושאים תאריך מאוחר מתאריך ההפקדה: %1. הבנק עלול להחזיר שיק שהופקד לפני מועדו. להפקיד בכל זאת?</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Then show the deposit list, to print for the bank</source>
        <translation>אחר כך להציג את רשימת ההפקדה, להדפסה עבור הבנק</translation>
    </message>
</context>
<context>
    <name>DepositListDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/deposit_list_dialog.py" line="+114"/>
        <source>Print the deposit list</source>
        <translation>הדפסת רשימת ההפקדה</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the deposit list as PDF</source>
        <translation>שמירת רשימת ההפקדה כ-PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cheque deposit list</source>
        <translation>רשימת הפקדת שיקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited from</source>
        <translation>הופקדו מתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the list</source>
        <translation>שפת הרשימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>שמירה כ-PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>EmailLetterDialog</name>
    <message>
        <location filename="../arapp/ui/messages/email_dialog.py" line="+78"/>
        <source>No letter was kept for this customer yet.</source>
        <translation>עדיין לא נשמר מכתב ללקוח זה.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>E-mail a letter</source>
        <translation>שליחת מכתב בדוא&quot;ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter:</source>
        <translation>&amp;מכתב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>אל:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter goes as the PDF that was printed, attached.</source>
        <translation>המכתב יצורף כקובץ ה־PDF שהודפס.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>השליחה מתבצעת…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>&amp;שליחה</translation>
    </message>
</context>
<context>
    <name>EmailSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/email_page.py" line="+127"/>
        <source>arapp: test message</source>
        <translation>arapp: הודעת ניסיון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail settings work.</source>
        <translation>הגדרות הדוא&quot;ל פועלות.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent. Look for it in the inbox of %1.</source>
        <translation>נשלח. חפשו את ההודעה בתיבת הדואר של %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letters go by e-mail through your own mail server. Your e-mail provider gives these details (for Gmail: smtp.gmail.com, port 587, STARTTLS, and an app password).</source>
        <translation>מכתבים נשלחים בדוא&quot;ל דרך שרת הדואר שלכם. את הפרטים האלה מקבלים מספק הדוא&quot;ל (ב־Gmail:‏ smtp.gmail.com, פורט 587, STARTTLS וסיסמת אפליקציה).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail &amp;server:</source>
        <translation>&amp;שרת דואר:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>&amp;פורט:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Security:</source>
        <translation>&amp;אבטחה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>שם &amp;משתמש:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender &amp;address:</source>
        <translation>כתובת ה&amp;שולח:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (בדרך כלל פורט 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (בדרך כלל פורט 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a local server only)</source>
        <translation>ללא (לשרת מקומי בלבד)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a &amp;test message</source>
        <translation>שליחת הודעת &amp;ניסיון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in the shop file on this computer, like the other settings; it is never written to the log.</source>
        <translation>הסיסמה נשמרת בקובץ העסק במחשב זה, כמו שאר ההגדרות; היא לעולם אינה נרשמת ביומן.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../arapp/ui/app.py" line="-137"/>
        <source>Something went wrong</source>
        <translation>אירעה שגיאה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong in arapp. What you saved before is safe; the last action may not have been completed.</source>
        <translation>אירעה שגיאה ב-arapp. הנתונים שנשמרו לפני כן לא נפגעו, אך ייתכן שהפעולה האחרונה לא הושלמה.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details were written to %1.</source>
        <translation>הפרטים נשמרו בקובץ %1.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../arapp/ui/importing/import_form.py" line="+68"/>
        <source>Choose a file</source>
        <translation>בחירת קובץ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>גיליונות אלקטרוניים (*.xlsx *.csv *.txt);;כל הקבצים (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>עיון…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>ניקוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>לא נבחר קובץ</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../arapp/ui/plans/finish_page.py" line="+47"/>
        <source>Save and print</source>
        <translation>שמירה והדפסה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>ה&amp;דפסה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;שמירה כ-PDF…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="+109"/>
        <source>Set up arapp</source>
        <translation>הגדרת arapp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back</source>
        <translation>ה&amp;קודם</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next</source>
        <translation>ה&amp;בא</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;סיום</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/forecast_dialog.py" line="+139"/>
        <location line="+30"/>
        <location line="+37"/>
        <source>Cheques</source>
        <translation>שיקים</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+30"/>
        <location line="+36"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From %1 to %2: cheques %3 + installments %4 = %5</source>
        <translation>מ-%1 עד %2: שיקים %3 + תשלומים %4 = %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Period</source>
        <translation>תקופה</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+32"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>To</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Total</source>
        <translation>סה״כ</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Export the forecast</source>
        <translation>ייצוא הצפי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week</source>
        <translation>שבוע</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>הקובץ לא נשמר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1</source>
        <translation>לא ניתן היה לשמור את הקובץ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash-flow forecast</source>
        <translation>צפי תזרים מזומנים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months</source>
        <translation>חודשים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>לפי חודש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>לפי שבוע</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing expected in this period</source>
        <translation>לא צפויות הכנסות בתקופה זו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>ייצוא ל-CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>GiveBackDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="+148"/>
        <source>Give the cheque back</source>
        <translation>החזרת השיק ללקוח</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given back on</source>
        <translation>הוחזר בתאריך</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../arapp/ui/collection/handover_dialog.py" line="+52"/>
        <source>Hand over %1</source>
        <translation>העברת %1 לגבייה חיצונית</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From that day the shop sends this customer no letters asking for payment: the lawyer or the agency collects. A statement can still be made.</source>
        <translation>מאותו יום העסק לא שולח ללקוח מכתבי דרישת תשלום: עורך הדין או חברת הגבייה גובים. עדיין אפשר להפיק מצב חשבון.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed &amp;over to:</source>
        <translation>&amp;הועבר אל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer or collection agency</source>
        <translation>עורך דין או חברת גבייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>בתאריך:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the file back</source>
        <translation>החזרת התיק לטיפולנו</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take %1&apos;s file back from %2? The shop collects again.</source>
        <translation>להחזיר את התיק של %1 מ-%2? הגבייה חוזרת לעסק.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../arapp/ui/widgets/image_picker.py" line="+86"/>
        <location line="+37"/>
        <source>No image</source>
        <translation>אין תמונה</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This file is not a PNG or JPG image.</source>
        <translation>הקובץ אינו תמונה מסוג PNG או JPG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an image</source>
        <translation>בחירת תמונה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>תמונות (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../arapp/ui/importing/import_dialog.py" line="+72"/>
        <source>%1 was not imported. Fix the file and press Import again.</source>
        <translation>%1 לא יובאו. יש לתקן את הקובץ וללחוץ שוב על &quot;ייבוא&quot;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import from Excel or CSV</source>
        <translation>ייבוא מ-Excel או מ-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;ייבוא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../arapp/ui/importing/import_errors_dialog.py" line="+34"/>
        <source>Row</source>
        <translation>שורה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>עמודה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>בעיה</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing was imported</source>
        <translation>לא יובאו נתונים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not imported: %2 problem(s) found. Fix them in the file and import it again; rows already in the shop are skipped.</source>
        <translation>הקובץ %1 לא יובא: נמצאו בו בעיות (%2). יש לתקן אותן בקובץ ולייבא אותו שוב; שורות שכבר קיימות במערכת ידולגו.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy list</source>
        <translation>&amp;העתקת הרשימה</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <location filename="../arapp/ui/importing/import_files.py" line="+43"/>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>חשבוניות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing</source>
        <translation>ייבוא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 from %2…</source>
        <translation>ייבוא %1 מהקובץ %2…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1: נוספו %2, %3 כבר היו במערכת.</translation>
    </message>
</context>
<context>
    <name>ImportFilesForm</name>
    <message>
        <location filename="../arapp/ui/importing/import_form.py" line="+6"/>
        <source>Choose one file of each kind you have. They are imported in this order: customers, invoices, payments.</source>
        <translation>יש לבחור קובץ אחד לכל סוג נתונים שקיים. סדר הייבוא: לקוחות, חשבוניות, תשלומים.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The import was cancelled.</source>
        <translation>הייבוא בוטל.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first row holds the column names, in Hebrew, Arabic or English. A file with a mistake imports nothing and lists every row to fix.</source>
        <translation>השורה הראשונה בקובץ כוללת את שמות העמודות, בעברית, בערבית או באנגלית. אם יש בקובץ שגיאה, שום שורה ממנו לא תיובא ותוצג רשימה של כל השורות שיש לתקן.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run_pages.py" line="+52"/>
        <source>%1 was not imported. Fix the file and press Finish again.</source>
        <translation>%1 לא יובאו. יש לתקן את הקובץ וללחוץ שוב על &quot;סיים&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from Excel or CSV</source>
        <translation>ייבוא מ-Excel או מ-CSV</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../arapp/ui/ledger/invoice_dialog.py" line="+129"/>
        <source>The due date is before the invoice date.</source>
        <translation>תאריך הפירעון מוקדם מתאריך החשבונית.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New invoice</source>
        <translation>חשבונית חדשה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>לקוח:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice &amp;number:</source>
        <translation>&amp;מספר חשבונית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;תאריך:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>תאריך &amp;פירעון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;סכום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>תי&amp;אור:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This customer is on stop credit.</source>
        <translation>האשראי של לקוח זה חסום.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is over the credit limit.</source>
        <translation>לקוח זה חורג ממסגרת האשראי.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment terms: %1 days</source>
        <translation>תנאי תשלום: %1 ימים</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Credit control</source>
        <translation>בקרת אשראי</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the invoice anyway? It is noted in the customer&apos;s log.</source>
        <translation>להוסיף את החשבונית בכל זאת? הדבר יירשם ביומן הלקוח.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add anyway</source>
        <translation>&amp;להוסיף בכל זאת</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../arapp/ui/plans/items_page.py" line="+65"/>
        <source>Cover</source>
        <translation>בהסדר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>תאריך הפקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>תאריך פירעון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>יתרה לתשלום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed: covered only if ticked</source>
        <translation>במחלוקת: ייכלל רק אם יסומן</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Debt the plan covers: %1 (%2 of %3 items)</source>
        <translation>החוב שבהסדר: %1 (%2 מתוך %3 מסמכים)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This customer has nothing open to spread.</source>
        <translation>ללקוח זה אין חוב פתוח לפריסה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one item for the plan to cover.</source>
        <translation>יש לסמן לפחות מסמך אחד שייכלל בהסדר.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the plan covers</source>
        <translation>מה כולל ההסדר</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new version covers what is left to pay of the plan it replaces.</source>
        <translation>הגרסה החדשה כוללת את מה שנותר לתשלום בהסדר שהיא מחליפה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the items the plan spreads into installments. Disputed items are left out unless you tick them.</source>
        <translation>יש לסמן את המסמכים שההסדר פורס לתשלומים. מסמכים במחלוקת אינם נכללים אלא אם מסמנים אותם.</translation>
    </message>
</context>
<context>
    <name>KeptAgreementDialog</name>
    <message>
        <location filename="../arapp/ui/plans/kept_agreement.py" line="+62"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>שמירה כ-PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement %1 (version %2) — %3</source>
        <translation>הסכם %1 (גרסה %2) — %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>scan: %1</source>
        <translation>סריקה: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 %1…</source>
        <translation>טביעת אצבע SHA-256: %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print the agreement</source>
        <translation>הדפסת ההסכם</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed: %1 page(s) to %2.</source>
        <translation>ההסכם הודפס אל %2 (עמודים: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the agreement as PDF</source>
        <translation>שמירת ההסכם כ-PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1.</source>
        <translation>ההסכם נשמר בקובץ %1.</translation>
    </message>
</context>
<context>
    <name>KeptLetterDialog</name>
    <message>
        <location filename="../arapp/ui/letters/kept_letter.py" line="+57"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>שמירה כ-PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <translation>%1 אל %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>printed %1</source>
        <translation>הודפס ב-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved %1</source>
        <translation>נשמר ב-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded whether printed or saved</source>
        <translation>לא נרשם אם הודפס או נשמר</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Printed again: %1 page(s) to %2.</source>
        <translation>המכתב הודפס שוב (%1 עמודים) אל %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to %1.</source>
        <translation>המכתב נשמר בקובץ %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../arapp/ui/i18n/labels.py" line="+19"/>
        <source>Cash</source>
        <translation>מזומן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>שיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>כרטיס אשראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>העברה בנקאית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bit / PayBox</source>
        <translation>ביט / פייבוקס</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/labels.py" line="+63"/>
        <location filename="../arapp/ui/i18n/labels.py" line="+1"/>
        <location line="+64"/>
        <source>Other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../arapp/ui/i18n/labels.py" line="-60"/>
        <source>Payment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <location filename="../arapp/ui/i18n/labels.py" line="+1"/>
        <source>Credit note</source>
        <translation>הודעת זיכוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved into an installment plan</source>
        <translation>הועבר להסדר תשלומים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <translation>חשבונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>עמלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment</source>
        <translation>תשלום בהסדר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Friendly reminder</source>
        <translation>תזכורת ידידותית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt notice</source>
        <translation>הודעת חוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder</source>
        <translation>תזכורת שנייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before legal action</source>
        <translation>התראה לפני נקיטת הליכים משפטיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement offer</source>
        <translation>הצעה להסדר חוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>מצב חשבון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover to a lawyer</source>
        <translation>העברה לטיפול עורך דין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation</source>
        <translation>אישור תשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment agreement</source>
        <translation>הסכם לפריסת חוב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <extracomment>arapp.core.services.plan_records.PLAN_STATUSES</extracomment>
        <translation>פעיל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>הושלם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerated (breached)</source>
        <translation>הועמד לפירעון מיידי (הופר)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>בוטל</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <extracomment>arapp.core.services.plan_records.INSTALLMENT_STATUSES</extracomment>
        <translation>לתשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>שולם חלקית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>בפיגור</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In hand</source>
        <extracomment>arapp.core.cheques.STATUSES</extracomment>
        <translation>בידינו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited</source>
        <translation>הופקד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>נפרע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>חזר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given back</source>
        <translation>הוחזר ללקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>הוחלף</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insufficient funds</source>
        <extracomment>arapp.core.cheques.RETURN_REASONS: the bank&apos;s reason for returning a cheque</extracomment>
        <translation>אין כיסוי מספיק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account restricted</source>
        <translation>חשבון מוגבל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account closed</source>
        <translation>חשבון סגור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop order</source>
        <translation>הוראת ביטול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account attached</source>
        <translation>חשבון מעוקל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature does not match</source>
        <translation>חתימה אינה תואמת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical fault</source>
        <translation>תקלה טכנית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited before its date</source>
        <translation>הופקד לפני זמנו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale (over 6 months)</source>
        <translation>שיק ישן (מעל 6 חודשים)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed on screen</source>
        <extracomment>arapp.core.services.plan_records.SIGNED_HOW</extracomment>
        <translation>נחתם על המסך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on paper</source>
        <translation>נחתם על נייר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>לא נחתם</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Late: %1 days</source>
        <translation>בפיגור: %1 ימים</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/labels.py" line="-8"/>
        <source>Call</source>
        <extracomment>What happened: the kinds the owner logs, then the entries other records write.</extracomment>
        <translation>שיחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>מסרון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>וואטסאפ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>ביקור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>פגישה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>מכתב</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment voided</source>
        <translation>תשלום בוטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice voided</source>
        <translation>חשבונית בוטלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plan made</source>
        <translation>נקבע הסדר תשלומים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plan cancelled</source>
        <translation>הסדר התשלומים בוטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plan breached</source>
        <translation>הסדר התשלומים הופר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque deposited</source>
        <translation>השיק הופקד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque returned</source>
        <translation>השיק חזר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque given back</source>
        <translation>השיק הוחזר ללקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque replaced</source>
        <translation>השיק הוחלף</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit overridden</source>
        <translation>חריגה מאושרת ממסגרת האשראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>הועבר לגבייה חיצונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken back</source>
        <translation>הוחזר לטיפולנו</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No direction</source>
        <translation>ללא כיוון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contacted them</source>
        <translation>פנינו ללקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They contacted us</source>
        <translation>הלקוח פנה אלינו</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoke with them</source>
        <translation>שוחחנו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>אין מענה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised to pay</source>
        <translation>הבטיח לשלם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes the debt</source>
        <translation>חולק על החוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to pay</source>
        <translation>סירב לשלם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>מספר שגוי</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Financial hardship</source>
        <extracomment>DESIGN &quot;Collection workflow&quot;: why a customer does not pay.</extracomment>
        <translation>קשיים כלכליים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost their job</source>
        <translation>איבד את מקום העבודה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes the bill</source>
        <translation>חולק על החשבון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot</source>
        <translation>שכח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <translation>מסרב לשלם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be reached</source>
        <translation>אין אפשרות להשיגו</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returned cheque to handle</source>
        <extracomment>The Today list&apos;s kinds of work (arapp.core.tasks.TASK_KINDS).</extracomment>
        <translation>שיק חוזר לטיפול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise broken</source>
        <translation>הבטחה שהופרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment late</source>
        <translation>תשלום בהסדר בפיגור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter due</source>
        <translation>מכתב לשליחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>מעקב להיום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise due today</source>
        <translation>הבטחה שמועדה היום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment due today</source>
        <translation>תשלום בהסדר שמועדו היום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque to deposit</source>
        <translation>שיק להפקדה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <extracomment>A promise&apos;s state, which follows from the payments.</extracomment>
        <translation>פתוחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>קוימה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>הופרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly kept</source>
        <translation>קוימה חלקית</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale over the credit limit</source>
        <extracomment>Why a sale on credit needed the owner&apos;s &quot;Add anyway&quot; (arapp.core.collection.kinds).</extracomment>
        <translation>מכירה מעבר למסגרת האשראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale despite stop credit</source>
        <translation>מכירה למרות חסימת אשראי</translation>
    </message>
    <message>
        <location filename="../arapp/ui/i18n/labels.py" line="-31"/>
        <source>Bank fee, returned cheque %1</source>
        <translation>עמלת בנק, שיק חוזר %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cheque returned: %1</source>
        <translation>שיק חזר: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cheque given back</source>
        <translation>השיק הוחזר ללקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheque replaced</source>
        <translation>השיק הוחלף</translation>
    </message>
</context>
<context>
    <name>LadderSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/ladder_page.py" line="+127"/>
        <source>The handover comes after the warning: keep the warning too.</source>
        <translation>ההעברה לטיפול משפטי באה אחרי ההתראה: יש להשאיר גם את ההתראה.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which letters the ladder proposes, and when. Letters due lists them; you decide which go.</source>
        <translation>אילו מכתבים סולם הגבייה מציע, ומתי. הם מופיעים ב&quot;מכתבים לשליחה&quot;, ואתם מחליטים אילו יישלחו.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consumers: the law (§13B2 of the Consumer Protection Law) requires a debt notice before any collection step, so it is always their first overdue letter. No reminder, collection message, warning or collection cost may follow until its wait is over (at least 14 days).</source>
        <translation>צרכנים: החוק (סעיף 13ב2 לחוק הגנת הצרכן) מחייב הודעת חוב לפני כל פעולת גבייה, ולכן היא תמיד המכתב הראשון שלהם על פיגור. שום תזכורת, הודעת גבייה, התראה או הוצאות גבייה לא יבואו לפני תום ההמתנה שאחריה (14 יום לפחות).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels</source>
        <translation>שלבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Businesses</source>
        <translation>עסקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>צרכנים</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always, first</source>
        <translation>תמיד, ראשונה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delays (days)</source>
        <translation>מועדים (בימים)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendly reminder, days late:</source>
        <translation>תזכורת ידידותית, ימי פיגור:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt notice, days late:</source>
        <translation>הודעת חוב, ימי פיגור:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder, days late:</source>
        <translation>תזכורת שנייה, ימי פיגור:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning, days late:</source>
        <translation>התראה, ימי פיגור:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait after the debt notice (at least 14):</source>
        <translation>המתנה אחרי הודעת החוב (14 לפחות):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait after the warning before the handover:</source>
        <translation>המתנה אחרי ההתראה לפני ההעברה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least days between two letters:</source>
        <translation>מינימום ימים בין שני מכתבים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause after a payment:</source>
        <translation>השהיה אחרי תשלום:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the &amp;defaults</source>
        <translation>החזרת ברירות ה&amp;מחדל</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="-161"/>
        <source>Welcome to arapp</source>
        <translation>ברוכים הבאים ל-arapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the app. You can change it later.</source>
        <translation>יש לבחור את שפת התוכנה. אפשר לשנות אותה בהמשך.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../arapp/ui/letters/letter_dialog.py" line="+132"/>
        <source>Sent by registered mail with delivery confirmation</source>
        <extracomment>The settlement offer&apos;s discount the dialog starts from (the core&apos;s default). Option changes that come in quick succession (typing a date) make one new letter.</extracomment>
        <translation>נשלח בדואר רשום עם אישור מסירה</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print…</source>
        <translation>הדפסה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>שמירה כ-PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <translation>סוג המכתב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Letter to %1</source>
        <translation>מכתב אל %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation for %1</source>
        <translation>אישור תשלום – %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Friendly reminder</source>
        <translation>תזכורת ידידותית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt notice (Consumer Protection Law §13B2)</source>
        <translation>הודעת חוב (חוק הגנת הצרכן, סעיף 13ב2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder</source>
        <translation>תזכורת שנייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before legal action</source>
        <translation>התראה לפני נקיטת הליכים משפטיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement offer</source>
        <translation>הצעה להסדר חוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>מצב חשבון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation</source>
        <translation>אישור תשלום</translation>
    </message>
    <message>
        <location filename="../arapp/ui/letters/pdf_output.py" line="+30"/>
        <source>Print letter</source>
        <translation>הדפסת מכתב</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not printed</source>
        <translation>המכתב לא הודפס</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save letter as PDF</source>
        <translation>שמירת המכתב כ-PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>קובצי PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved</source>
        <translation>הקובץ לא נשמר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written: %1</source>
        <translation>לא ניתן היה לשמור את הקובץ: %1</translation>
    </message>
    <message>
        <location filename="../arapp/ui/letters/letter_dialog.py" line="-45"/>
        <source>Discount</source>
        <translation>הנחה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period from</source>
        <translation>תקופה מתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Late debt notice: %1 fell due more than 4 months ago; the law (§13B2(a)) wants the notice within 4 months of the missed due date.</source>
        <translation>הודעת חוב באיחור: מועד התשלום של %1 חלף לפני יותר מ־4 חודשים; החוק (סעיף 13ב2(א)) דורש לשלוח את ההודעה תוך 4 חודשים מהמועד שבו לא שולם החוב.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Printed: %1 page(s) to %2.</source>
        <translation>המכתב הודפס אל %2 (עמודים: %1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved to %1.</source>
        <translation>המכתב נשמר בקובץ %1.</translation>
    </message>
</context>
<context>
    <name>LettersDue</name>
    <message>
        <location filename="../arapp/ui/letters/letters_due.py" line="+82"/>
        <location line="+110"/>
        <location line="+118"/>
        <location line="+44"/>
        <source>Letters due</source>
        <translation>מכתבים לשליחה</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Preparing the letters…</source>
        <translation>מכין את המכתבים…</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>No letters are due today.</source>
        <translation>אין היום מכתבים לשליחה.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Folder for today&apos;s letters</source>
        <translation>תיקייה למכתבי היום</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Print all…</source>
        <translation>הדפסת הכול…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Not printed</source>
        <translation>לא הודפס</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Letters due on %1. Untick a letter that should not go out now: it stays due. Each letter made is recorded and saved as a PDF file, with one combined file for printing.</source>
        <translation>מכתבים לשליחה ב-%1. הסירו את הסימון ממכתב שלא צריך לצאת עכשיו: הוא יישאר ברשימה. כל מכתב שמופק נרשם ונשמר כקובץ PDF, ולצדם קובץ אחד משולב להדפסה.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>מכתב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick all</source>
        <translation>סימון הכול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all</source>
        <translation>ביטול הסימון</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a letter to see it.</source>
        <translation>בחרו מכתב כדי לראות אותו.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Make the ticked letters…</source>
        <translation>הפקת המכתבים המסומנים…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2 letters ticked</source>
        <translation>%1 מתוך %2 מכתבים מסומנים</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the preview…</source>
        <translation>מכין תצוגה מקדימה…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview: %1 to %2</source>
        <translation>תצוגה מקדימה: %1 אל %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Printing was stopped: %1 of %2 pages were sent to the printer, the rest were not.</source>
        <translation>ההדפסה הופסקה: %1 מתוך %2 עמודים נשלחו למדפסת, והשאר לא.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>ההדפסה בוטלה; דבר לא נשלח למדפסת.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 letters (%2 pages) were sent to %3.</source>
        <translation>%1 מכתבים (%2 עמודים) נשלחו אל %3.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 letters were made and recorded.
Folder: %2
Combined file for printing: %3</source>
        <translation>%1 מכתבים הופקו ונרשמו.
תיקייה: %2
קובץ משולב להדפסה: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the folder</source>
        <translation>פתיחת התיקייה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>סגירה</translation>
    </message>
</context>
<context>
    <name>LettersSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/letters_page.py" line="+174"/>
        <source>The Execution Office ceiling and the late interest must be numbers</source>
        <translation>תקרת ההוצאה לפועל וריבית הפיגורים צריכות להיות מספרים</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Default wording</source>
        <translation>נוסח ברירת המחדל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your wording</source>
        <translation>הנוסח שלך</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawing the preview…</source>
        <translation>מכין תצוגה מקדימה…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer owes anything yet, so there is no letter to preview.</source>
        <translation>אין עדיין לקוח עם חוב, ולכן אין מכתב להציג בתצוגה מקדימה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview: the letter to the customer who is most days late.</source>
        <translation>תצוגה מקדימה: המכתב ללקוח שמפגר בתשלום הכי הרבה ימים.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New customers&apos; letter language:</source>
        <translation>&amp;שפת המכתבים ללקוחות חדשים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution &amp;Office fixed-sum ceiling:</source>
        <translation>תקרת תביעה על סכום קצוב ב&amp;הוצאה לפועל:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed late &amp;interest (% a year; empty: by law):</source>
        <translation>&amp;ריבית פיגורים מוסכמת (% לשנה; ריק: כחוק):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording of the letters</source>
        <translation>נוסח המכתבים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lett&amp;er:</source>
        <translation>&amp;מכתב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;נושא:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;תוכן:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields filled in for each letter (double-click to insert):</source>
        <translation>שדות שממולאים אוטומטית בכל מכתב (לחיצה כפולה מוסיפה לנוסח):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset to the default wording</source>
        <translation>&amp;חזרה לנוסח ברירת המחדל</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../arapp/ui/collection/log_dialog.py" line="+329"/>
        <source>Correct a logged contact</source>
        <extracomment>A follow-up, once ticked, starts a week out: the owner retypes it when it is not.</extracomment>
        <translation>תיקון רישום קשר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the entry of %1 for %2</source>
        <translation>תיקון הרישום מ-%1 עבור %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a contact</source>
        <translation>תיעוד קשר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with %1</source>
        <translation>קשר עם %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not said)</source>
        <translation>(לא צוין)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>(לא נמסרה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>כיוון:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;תוצאה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for not paying:</source>
        <translation>&amp;סיבת אי התשלום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promise to pay:</source>
        <translation>&amp;הבטחת תשלום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>עד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up:</source>
        <translation>מעקב הבא:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>בתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>ה&amp;ערה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;מתי:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the contact happened; now unless you change it</source>
        <translation>מתי התקיים הקשר; עכשיו, אלא אם משנים</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../arapp/ui/customers/__init__.py" line="+9"/>
        <source>Customers</source>
        <translation>לקוחות</translation>
    </message>
    <message>
        <location filename="../arapp/ui/aging/__init__.py" line="+9"/>
        <source>Aging</source>
        <translation>גיול חובות</translation>
    </message>
    <message>
        <location filename="../arapp/ui/shell/main_window.py" line="+364"/>
        <source>&amp;Settings…</source>
        <extracomment>What the first customer card needs, loaded piece by piece once the window is up: the ORM (the window showed before it, see Shop.open_quickly), the services a card reads through, and the card&apos;s own code.</extracomment>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up the shop…</source>
        <translation>&amp;גיבוי העסק…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;שחזור מגיבוי…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About arapp</source>
        <translation>אודות arapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arapp %1 — who owes you, since when, and what to do about it.</source>
        <translation>arapp %1 — מי חייב לך, ממתי ומה עושים בעניין.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample shop</source>
        <translation>עסק לדוגמה</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample shop: made-up customers and amounts</source>
        <translation>עסק לדוגמה: לקוחות וסכומים בדויים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to my shop</source>
        <translation>&amp;חזרה לעסק שלי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the &amp;sample shop</source>
        <translation>פתיחת העסק &amp;לדוגמה</translation>
    </message>
    <message>
        <location filename="../arapp/ui/self_test.py" line="+126"/>
        <location filename="../arapp/ui/shell/main_window.py" line="+2"/>
        <source>&amp;File</source>
        <extracomment>Customers in the sample shop: enough for lists, letters and aging to have content. A self-test that has not finished by then is stuck (a hidden dialog, a dead printer). How often the watchdog looks for a dialog the self-test did not open (and closes it).</extracomment>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <location filename="../arapp/ui/shell/main_window.py" line="+1"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;ייבוא מ-Excel או מ-CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letters due today…</source>
        <translation>&amp;מכתבים לשליחה היום…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>י&amp;ציאה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;מעבר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer</source>
        <translation>&amp;חיפוש לקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About arapp</source>
        <translation>&amp;אודות arapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop file: %1</source>
        <translation>קובץ העסק: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sample shop, opened as you left it: made-up customers and amounts. File › Back to my shop returns to yours.</source>
        <translation>העסק לדוגמה נפתח כפי שהשארת אותו: לקוחות וסכומים בדויים. קובץ › חזרה לעסק שלי מחזיר אותך לעסק שלך.</translation>
    </message>
    <message>
        <location filename="../arapp/ui/cheques/__init__.py" line="+10"/>
        <source>Cheques</source>
        <translation>שיקים</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/__init__.py" line="+14"/>
        <source>Today</source>
        <extracomment>The home screen: first in the list, and where the app opens.</extracomment>
        <translation>היום</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>דוחות</translation>
    </message>
</context>
<context>
    <name>MarkSignedDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="+48"/>
        <source>Attach the signed agreement</source>
        <translation>צירוף ההסכם החתום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>סריקות (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be read: %1</source>
        <translation>לא ניתן היה לקרוא את הקובץ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than %1 MB.</source>
        <translation>הקובץ גדול מ-%1 MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is neither a PDF nor an image.</source>
        <translation>הקובץ אינו PDF ואינו תמונה.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan: %1</source>
        <translation>סריקה: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No scan attached (optional).</source>
        <translation>לא צורפה סריקה (לא חובה).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed on paper</source>
        <translation>נחתם על נייר</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printed agreement of %1 (agreement version %2) came back signed.</source>
        <translation>ההסכם המודפס של %1 (גרסת הסכם %2) חזר חתום.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement kept in the shop stays exactly as printed; a scan of the signed paper can be kept beside it.</source>
        <translation>ההסכם השמור בעסק נשאר בדיוק כפי שהודפס; אפשר לשמור לצדו סריקה של הנייר החתום.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;צירוף סריקה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;signed</source>
        <translation>סימון כ&amp;חתום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../arapp/ui/messages/message_dialog.py" line="+126"/>
        <source>WhatsApp message</source>
        <translation>הודעת WhatsApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS message</source>
        <translation>הודעת SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>&amp;הודעה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>ערבית</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment reminder (a collection step)</source>
        <translation>תזכורת תשלום (פעולת גבייה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, for information</source>
        <translation>יתרה, לידיעה בלבד</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer may get a payment reminder only 14 days after the debt notice (§13B2); until then only the balance, for information.</source>
        <translation>לצרכן מותר לשלוח תזכורת תשלום רק 14 יום אחרי הודעת החוב (סעיף 13ב2); עד אז – רק את היתרה, לידיעה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;העתקת הטקסט</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;WhatsApp</source>
        <translation>פתיחת &amp;WhatsApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open in the &amp;messaging app</source>
        <translation>פתיחה באפליקציית ה&amp;הודעות</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../arapp/ui/widgets/messages.py" line="+56"/>
        <source>Not done</source>
        <translation>הפעולה לא בוצעה</translation>
    </message>
</context>
<context>
    <name>MessagesButton</name>
    <message>
        <location filename="../arapp/ui/messages/messages_menu.py" line="+47"/>
        <source>Send &amp;message</source>
        <translation>&amp;שליחת הודעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WhatsApp…</source>
        <translation>הודעת &amp;WhatsApp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMS…</source>
        <translation>הודעת &amp;SMS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail a letter…</source>
        <translation>מכתב ב&amp;דוא&quot;ל…</translation>
    </message>
</context>
<context>
    <name>MessagesSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/messages_page.py" line="+247"/>
        <source>Messages (%1): %2</source>
        <translation>הודעות (%1): %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Default text</source>
        <translation>נוסח ברירת המחדל</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your text</source>
        <translation>הנוסח שלך</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of at most %2 characters</source>
        <translation>%1 תווים מתוך %2 לכל היותר</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What WhatsApp, SMS and e-mail messages to customers say, in each language. Keep them to the amount, the due date and how to pay: a message about a debt may not advertise (the app cannot check this for you).</source>
        <translation>מה כתוב בהודעות ה־WhatsApp, ה־SMS והדוא״ל ללקוחות, בכל שפה. יש להסתפק בסכום, במועד התשלום ובדרכי התשלום: אסור לכלול פרסומת בהודעה על חוב (התוכנה אינה יכולה לבדוק זאת בשבילך).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;שפה:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reminder (WhatsApp, SMS) — a collection step</source>
        <translation>תזכורת תשלום (WhatsApp,‏ SMS) — פעולת גבייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance for information (WhatsApp, SMS)</source>
        <translation>יתרה, לידיעה בלבד (WhatsApp,‏ SMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay, when your bank details are given</source>
        <translation>דרכי תשלום, כשפרטי הבנק שלך ממולאים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay, without bank details</source>
        <translation>דרכי תשלום, בלי פרטי בנק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the e-mail that carries a letter</source>
        <translation>נושא הדוא״ל שמכתב מצורף אליו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the e-mail that carries a letter</source>
        <translation>גוף הדוא״ל שמכתב מצורף אליו</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields (click to insert): %1</source>
        <translation>שדות (לחיצה מוסיפה את השדה): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to default</source>
        <translation>חזרה לברירת המחדל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>תצוגה מקדימה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample customer, with your business details from Settings › Business.</source>
        <translation>לקוח לדוגמה, עם פרטי העסק שלך מהגדרות › עסק.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder:</source>
        <translation>תזכורת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:</source>
        <translation>יתרה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>דוא״ל:</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <location filename="../arapp/ui/ledger/money_input.py" line="+29"/>
        <source>Type an amount.</source>
        <translation>יש להקליד סכום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a number.</source>
        <translation>הערך אינו מספר.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most two digits after the point.</source>
        <translation>עד שתי ספרות אחרי הנקודה העשרונית.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the thousands separators (for example 1,234.50).</source>
        <translation>יש לבדוק את מפרידי האלפים (לדוגמה 1,234.50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative.</source>
        <translation>הסכום לא יכול להיות שלילי.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be more than zero.</source>
        <translation>הסכום חייב להיות גדול מאפס.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount is too large.</source>
        <translation>הסכום גדול מדי.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../arapp/ui/security/password_prompt.py" line="+58"/>
        <source>That is not the password. Try again.</source>
        <translation>זו לא הסיסמה. נסו שוב.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop is protected by a password.</source>
        <translation>החנות הזו מוגנת בסיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voiding a record needs the password.</source>
        <translation>ביטול רשומה מחייב את הסיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring a backup needs the password.</source>
        <translation>שחזור מגיבוי מחייב את הסיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings need the password.</source>
        <translation>ההגדרות מחייבות את הסיסמה.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;סיסמה:</translation>
    </message>
</context>
<context>
    <name>PasswordSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/password_page.py" line="+66"/>
        <source>The new password and its repetition differ.</source>
        <translation>הסיסמה החדשה והאימות שלה אינם זהים.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A password, if you set one, is asked when arapp starts and before voiding a record, restoring a backup or changing the settings. It is kept only as a scrambled fingerprint; if it is forgotten, it cannot be read back.</source>
        <translation>סיסמה, אם תגדירו אחת, תידרש בפתיחת התוכנה ולפני ביטול רשומה, שחזור מגיבוי או שינוי ההגדרות. היא נשמרת רק כטביעת אצבע מוצפנת; אם תישכח, אי אפשר לשחזר אותה.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password is set.</source>
        <translation>הוגדרה סיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is set.</source>
        <translation>לא הוגדרה סיסמה.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>הסיסמה ה&amp;נוכחית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>סיסמה &amp;חדשה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;אימות הסיסמה החדשה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move the password</source>
        <translation>&amp;הסרת הסיסמה</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../arapp/ui/ledger/payment_dialog.py" line="+187"/>
        <source>Pay</source>
        <extracomment>The payment method that records a cheque in the register. Credit left over above this asks first: an amount typed with one zero too many (5000 for 500) would otherwise quietly become credit. Small change left as credit is normal. Cheques recorded with &quot;Record and next cheque&quot; while the dialog is open.</extracomment>
        <translation>לתשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>חשבונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>תאריך פירעון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>יתרה לתשלום</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This payment</source>
        <translation>בתשלום זה</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left open</source>
        <translation>יתרה אחרי התשלום</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed: paid only if ticked</source>
        <translation>במחלוקת: תשולם רק אם תסומן</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the amount to see which invoices it pays.</source>
        <translation>יש להקליד סכום כדי לראות אילו חשבוניות ישולמו בו.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Pays %1 of open invoices.</source>
        <translation>התשלום מכסה %1 מהחשבוניות הפתוחות.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left as credit: %1</source>
        <translation>נותר כיתרת זכות: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Record payment</source>
        <translation>רישום תשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>לקוח:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) — balance %3</source>
        <translation>%1 (%2) — יתרה %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Amount:</source>
        <translation>&amp;סכום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 1,234.50</source>
        <translation>לדוגמה 1,234.50</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Date:</source>
        <translation>&amp;תאריך:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Method:</source>
        <translation>&amp;אמצעי תשלום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>אס&amp;מכתא:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check number, confirmation…</source>
        <translation>מספר שיק, מספר אישור…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick invoices to pay them first; the rest is applied oldest due first.</source>
        <translation>יש לסמן חשבוניות כדי לשלם אותן ראשונות; היתרה תשויך לפי תאריך הפירעון, מהמוקדם למאוחר.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;payment</source>
        <translation>&amp;רישום התשלום</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Leave credit?</source>
        <translation>להשאיר זיכוי?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This payment of %1 is more than the open invoices: %2 would be left as credit on the account.</source>
        <translation>התשלום על סך %1 גבוה מהחשבוניות הפתוחות: %2 יישארו כזיכוי בחשבון הלקוח.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is the amount right?</source>
        <translation>האם הסכום נכון?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record with credit</source>
        <translation>לרשום עם זיכוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the amount</source>
        <translation>לתקן את הסכום</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Record the cheque?</source>
        <translation>לרשום את השיק?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the cheque anyway?</source>
        <translation>לרשום את השיק בכל זאת?</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&amp;Date on the cheque:</source>
        <translation>&amp;תאריך על השיק:</translation>
    </message>
    <message numerus="yes">
        <location line="-91"/>
        <source>%n cheque(s) recorded. Type the next one, or close.</source>
        <translation>
            <numerusform>%n שיק נרשם. אפשר להזין את הבא, או לסגור.</numerusform>
            <numerusform>%n שיקים נרשמו. אפשר להזין את הבא, או לסגור.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Record and ne&amp;xt cheque</source>
        <translation>רישום והזנת ה&amp;שיק הבא</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this cheque and type the customer&apos;s next one: the same account, the next number, a month later</source>
        <translation>רישום השיק והזנת השיק הבא של הלקוח: אותו חשבון, המספר הבא, חודש אחרי</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../arapp/ui/letters/print_preview.py" line="+43"/>
        <source>Zoom out</source>
        <translation>הקטנה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>הגדלה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>התאמה לרוחב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>עמוד שלם</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Pages: %1</source>
        <translation>עמודים: %1</translation>
    </message>
</context>
<context>
    <name>PlanPaymentDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_payment.py" line="+40"/>
        <source>Installment</source>
        <translation>תשלום</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pays %1 of the plan&apos;s installments.</source>
        <translation>התשלום מכסה %1 מתשלומי ההסדר.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 goes to other open invoices.</source>
        <translation>%1 ישויכו לחשבוניות פתוחות אחרות.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left as credit: %1</source>
        <translation>נותר כיתרת זכות: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Payment against plan %1</source>
        <translation>תשלום על חשבון הסדר %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment goes to the plan&apos;s installments, oldest due first; anything above them pays other open invoices, then stays as credit.</source>
        <translation>התשלום משויך לתשלומי ההסדר לפי מועד הפירעון, מהמוקדם למאוחר; מה שנותר מעבר להם משולם על חשבוניות פתוחות אחרות, והיתרה נשארת כיתרת זכות.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../arapp/ui/plans/plan_wizard.py" line="+208"/>
        <source>Step %1 of %2: %3</source>
        <translation>שלב %1 מתוך %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>&amp;סגירה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save &amp;plan</source>
        <translation>&amp;שמירת ההסדר</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>ה&amp;בא</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This is the agreement as it will be kept. &quot;Save plan&quot; records the plan, its installments and cheques, and this agreement.</source>
        <translation>זה ההסכם כפי שיישמר. „שמירת ההסדר” רושמת את ההסדר, התשלומים, השיקים ואת ההסכם הזה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan %1 saved.</source>
        <translation>הסדר %1 נשמר.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the agreement and have it signed; then mark it signed on the customer&apos;s plan.</source>
        <translation>יש להדפיס את ההסכם ולהחתים עליו; אחר כך לסמן בהסדר של הלקוח שההסכם נחתם.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the agreement</source>
        <translation>הדפסת ההסכם</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed: %1 page(s) to %2.</source>
        <translation>ההסכם הודפס אל %2 (עמודים: %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the agreement as PDF</source>
        <translation>שמירת ההסכם כ-PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1.</source>
        <translation>ההסכם נשמר בקובץ %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard the plan?</source>
        <translation>לבטל את ההסדר?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has not been saved. Discard what you typed?</source>
        <translation>ההסדר לא נשמר. לבטל את מה שהוקלד?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;ביטול ההסדר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;המשך עריכה</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installment plan for %1</source>
        <translation>הסדר תשלומים עבור %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version of plan %1 for %2</source>
        <translation>גרסה חדשה של הסדר %1 עבור %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) — balance %3</source>
        <translation>%1 (%2) — יתרה %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>ה&amp;קודם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../arapp/ui/customers/card_plans.py" line="+206"/>
        <source>Debt %1</source>
        <translation>חוב %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down payment %1</source>
        <translation>מקדמה %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual interest %1%</source>
        <translation>ריבית שנתית %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest %1</source>
        <translation>ריבית %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grace %1 days</source>
        <translation>ימי חסד: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>covers %1</source>
        <translation>כולל את %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accelerated on %1</source>
        <translation>הועמד לפירעון מיידי ב-%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interest waived %1</source>
        <translation>ויתור על ריבית %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled on %1: %2</source>
        <translation>בוטל ב-%1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Installment plans</source>
        <translation>הסדרי תשלומים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plans are not available in this version.</source>
        <translation>הסדרי תשלומים אינם זמינים בגרסה זו.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New plan…</source>
        <translation>הסדר חדש…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New installment plan (Ctrl+Shift+P)</source>
        <translation>הסדר תשלומים חדש (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Breach (acceleration)…</source>
        <translation>העמדה לפירעון מיידי…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New version…</source>
        <translation>גרסה חדשה…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the plan&apos;s terms: a new version replaces it, the old one is kept</source>
        <translation>שינוי תנאי ההסדר: גרסה חדשה מחליפה אותו, והגרסה הקודמת נשמרת</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Possible once an installment is late by more than the plan&apos;s grace days</source>
        <translation>אפשרי רק כשתשלום מאחר יותר מימי החסד של ההסדר</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>No installment plans yet: New plan… sets one up.</source>
        <extracomment>Plans that still run: money can be paid against them and their terms changed.</extracomment>
        <translation>עדיין אין הסדרי תשלומים: אפשר ליצור הסדר בלחיצה על &quot;הסדר חדש…&quot;.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Payment against the plan…</source>
        <translation>תשלום על חשבון ההסדר…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment against the plan</source>
        <translation>רישום תשלום על חשבון ההסדר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint agreement…</source>
        <translation>הדפסת ההסכם שוב…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show, print or save the agreement exactly as it was kept</source>
        <translation>הצגה, הדפסה או שמירה של ההסכם בדיוק כפי שנשמר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on paper…</source>
        <translation>נחתם על נייר…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the printed agreement signed on paper, with a scan if there is one</source>
        <translation>סימון ההסכם המודפס כחתום על נייר, עם סריקה אם יש</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel plan…</source>
        <translation>ביטול ההסדר…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the plan, giving a reason</source>
        <translation>ביטול ההסדר, עם ציון הסיבה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installments</source>
        <translation>תשלומים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheques</source>
        <translation>שיקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement versions</source>
        <translation>גרסאות ההסכם</translation>
    </message>
    <message>
        <location filename="../arapp/ui/plans/plan_columns.py" line="+45"/>
        <source>Replaced by a new version</source>
        <translation>הוחלף בגרסה חדשה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active — may be accelerated</source>
        <translation>פעיל — ניתן להעמיד לפירעון מיידי</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan</source>
        <translation>הסדר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (version %2)</source>
        <translation>%1 (גרסה %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <location line="+59"/>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Plan date</source>
        <translation>תאריך ההסדר</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total payable</source>
        <translation>סה״כ לתשלום</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>Paid</source>
        <translation>שולם</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+78"/>
        <source>Open</source>
        <translation>יתרה לתשלום</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Next due</source>
        <translation>המועד הבא</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+97"/>
        <source>Down payment</source>
        <translation>מקדמה</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1 (agreed %2)</source>
        <translation>%1 (במקור %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No. %1, bank %2, %3</source>
        <translation>מס׳ %1, בנק %2, %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>מס׳</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>תאריך פירעון</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+69"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Principal</source>
        <translation>קרן</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interest</source>
        <translation>ריבית</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cheque</source>
        <translation>שיק</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer</source>
        <translation>הלקוח</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installment %1</source>
        <translation>תשלום %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bank-branch-account</source>
        <translation>בנק-סניף-חשבון</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cheque no.</source>
        <translation>מס׳ שיק</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date on the cheque</source>
        <translation>תאריך השיק</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawer</source>
        <translation>מושך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>עבור</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Version</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>נוצר</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature</source>
        <translation>חתימה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan</source>
        <translation>סריקה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None attached</source>
        <translation>לא צורפה</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <location filename="../arapp/ui/letters/print_progress.py" line="+32"/>
        <source>Preparing to print…</source>
        <translation>מכין להדפסה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing page %1 of %2…</source>
        <translation>מדפיס עמוד %1 מתוך %2…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../arapp/printing.py" line="+117"/>
        <source>The document could not be read as a PDF (%1).</source>
        <extracomment>Above this a laser printer gains nothing visible, and the spooled job grows fourfold. Rows of device pixels rendered at once (about 10 MB per band for A4 at 600 dpi). How far (in points) a PDF page may differ from the paper and still print at 100 %. ``progress(pages_done, pages_total)``, called on the UI thread before each page and between the bands of a page (so a caller can let the event loop turn); returning False cancels after the page under way.</extracomment>
        <translation>לא ניתן לקרוא את המסמך כקובץ PDF (%1).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The printer “%1” is not available.</source>
        <translation>המדפסת &quot;%1&quot; אינה זמינה.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chosen page range contains no pages of this document.</source>
        <translation>טווח העמודים שנבחר אינו כולל עמודים של מסמך זה.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not start printing on “%1”.</source>
        <translation>לא ניתן להתחיל את ההדפסה במדפסת &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The printer refused a new page.</source>
        <translation>המדפסת דחתה את המעבר לעמוד חדש.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>none</source>
        <translation>אין</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer named “%1”. Available printers: %2.</source>
        <translation>אין מדפסת בשם &quot;%1&quot;. מדפסות זמינות: %2.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../arapp/ui/i18n/qt_strings.py" line="+16"/>
        <source>&amp;Look in:</source>
        <translation>&amp;חפש בתוך:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>קבצים מ&amp;סוג:</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="+41"/>
        <source>Replace the cheque with cash</source>
        <translation>החלפת השיק במזומן</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash received</source>
        <translation>מזומן שהתקבל</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>התקבל בתאריך</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Replace the cheque with another cheque</source>
        <translation>החלפת השיק בשיק אחר</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By cash</source>
        <translation>במזומן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By another cheque</source>
        <translation>בשיק אחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount of the new cheque</source>
        <translation>סכום השיק החדש</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date on the new cheque</source>
        <translation>התאריך על השיק החדש</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../arapp/ui/collection/reports_view.py" line="+193"/>
        <source>%1 days</source>
        <extracomment>A date typed digit by digit starts one computation, not eight. What the chart compares, month by month: (first series, second series) TrendPoint fields.</extracomment>
        <translation>%1 ימים</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of the receivable</source>
        <translation>%1 מהיתרה לגבייה</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>paid within %1 days after them: %2</source>
        <translation>שולם תוך %1 ימים מהם: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invoiced %1</source>
        <translation>חויב %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Receivable</source>
        <translation>יתרה לגבייה</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Overdue</source>
        <translation>בפיגור</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Days sales outstanding</source>
        <translation>ימי אשראי בפועל (DSO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection rate</source>
        <translation>שיעור גבייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days to pay</source>
        <translation>ממוצע ימים לתשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept</source>
        <translation>הבטחות שקוימו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection letters sent</source>
        <translation>מכתבי גבייה שנשלחו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected in the period</source>
        <translation>נגבה בתקופה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoiced</source>
        <translation>חויב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>נגבה</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+11"/>
        <source>Export the trend</source>
        <translation>ייצוא המגמה</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>קובצי CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be written: %1</source>
        <translation>לא ניתן היה לשמור את הקובץ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trend saved to %1</source>
        <translation>המגמה נשמרה ב-%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>דוחות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>עד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the figures…</source>
        <translation>מחשב את הנתונים…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export trend (CSV)…</source>
        <translation>ייצוא המגמה (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last %1 months</source>
        <translation>%1 החודשים האחרונים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoiced and collected</source>
        <translation>חיובים וגבייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivable and overdue</source>
        <translation>יתרה לגבייה ופיגורים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figures yet.</source>
        <translation>אין עדיין נתונים.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest debts</source>
        <translation>החובות הגדולים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owes</source>
        <translation>חוב</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../arapp/ui/shell/restore_dialog.py" line="+73"/>
        <source>Restore from a backup</source>
        <translation>שחזור מגיבוי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the backup to bring back. The newest is at the top. Each was checked when it was made; it is checked again before the restore.</source>
        <translation>בחרו את הגיבוי לשחזור. החדש ביותר נמצא למעלה. כל גיבוי נבדק כשנוצר, והוא ייבדק שוב לפני השחזור.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on</source>
        <translation>נוצר בתאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>תיקייה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>גודל</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups</source>
        <translation>גיבויים אוטומטיים</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;שחזור הגיבוי הזה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Another file…</source>
        <translation>&amp;קובץ אחר…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 MB</source>
        <translation>%1 מגה־בייט</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-96"/>
        <source>Cheque returned by the bank</source>
        <translation>שיק שחזר מהבנק</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank&apos;s reason</source>
        <translation>סיבת הבנק</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank fee to charge (optional)</source>
        <translation>עמלת בנק לחיוב הלקוח (לא חובה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on</source>
        <translation>חזר בתאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return without the fee</source>
        <translation>החזרה ללא העמלה</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <location filename="../arapp/ui/customers/risk_text.py" line="+36"/>
        <source>pays on time: %1</source>
        <translation>משלם בזמן: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on average %1 days late</source>
        <translation>באיחור ממוצע של %1 ימים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oldest debt %1 days late</source>
        <translation>החוב הוותיק בפיגור %1 ימים</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>broken promises: %1</source>
        <translation>הבטחות שהופרו: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>returned cheques: %1</source>
        <translation>שיקים שחזרו: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment record:</source>
        <translation>היסטוריית תשלומים:</translation>
    </message>
</context>
<context>
    <name>SampleShop</name>
    <message>
        <location filename="../arapp/ui/setup/sample_shop.py" line="+46"/>
        <source>Sample shop</source>
        <translation>עסק לדוגמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the sample shop…</source>
        <translation>יצירת עסק לדוגמה…</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../arapp/ui/plans/schedule_table.py" line="+81"/>
        <source>No.</source>
        <translation>מס&apos;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>תאריך פירעון</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>קרן</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>ריבית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down payment</source>
        <translation>מקדמה</translation>
    </message>
</context>
<context>
    <name>SentLetters</name>
    <message>
        <location filename="../arapp/ui/customers/card_letters.py" line="-27"/>
        <source>&amp;Open…</source>
        <translation>&amp;פתיחה…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See, reprint or save the letter exactly as sent</source>
        <translation>הצגה, הדפסה חוזרת או שמירה של המכתב בדיוק כפי שנשלח</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>מכתב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as</source>
        <translation>אופן המשלוח</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered mail</source>
        <translation>דואר רשום</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed and saved</source>
        <translation>הודפס ונשמר</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>הודפס</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as PDF</source>
        <translation>נשמר כ-PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>לא נרשם</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../arapp/ui/settings/business_page.py" line="-51"/>
        <source>Business</source>
        <translation>פרטי העסק</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/letters_page.py" line="-262"/>
        <source>Letters</source>
        <translation>מכתבים</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/backups_page.py" line="-98"/>
        <source>Backups</source>
        <translation>גיבויים</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/password_page.py" line="-73"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/email_page.py" line="-115"/>
        <source>E-mail</source>
        <translation>דוא&quot;ל</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/ladder_page.py" line="-120"/>
        <source>Dunning ladder</source>
        <translation>סולם גבייה</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/messages_page.py" line="-219"/>
        <source>Messages</source>
        <translation>הודעות</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../arapp/ui/settings/settings_dialog.py" line="+96"/>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../arapp/ui/plans/sign_page.py" line="+107"/>
        <source>The customer has not signed yet.</source>
        <extracomment>A pad&apos;s height with its Clear button (the canvas takes what the button leaves).</extracomment>
        <translation>הלקוח עדיין לא חתם.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not signed yet.</source>
        <translation>עדיין לא חתמת.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guarantor has not signed yet.</source>
        <translation>הערב עדיין לא חתם.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer: %1</source>
        <translation>הלקוח: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the business: %1</source>
        <translation>בשם העסק: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor: %1</source>
        <translation>הערב: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signatures</source>
        <translation>חתימות</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign &amp;here on the screen</source>
        <translation>חתימה &amp;כאן על המסך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on &amp;paper (print the agreement unsigned, mark it signed later)</source>
        <translation>חתימה על &amp;נייר (ההסכם יודפס ללא חתימות, ויסומן כחתום אחר כך)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each one signs above the line with the mouse, a finger or a stylus.</source>
        <translation>כל אחד חותם מעל הקו, בעכבר, באצבע או בעט מגע.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../arapp/ui/widgets/signature_pad.py" line="+282"/>
        <source>Clear</source>
        <extracomment>A stroke shorter than this (in pixels) is a click or a tap, not a stroke. Total ink below this (in pixels) is not yet a signature. Space kept around the ink in the exported image, in pad pixels. The exported image is drawn at this multiple of the pad&apos;s pixels, for a sharp print.</extracomment>
        <translation>ניקוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the pad and sign again</source>
        <translation>מחיקת החתימה וחתימה מחדש</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <location filename="../arapp/ui/shell/start_checks.py" line="+59"/>
        <location line="+23"/>
        <source>Cannot open the shop file</source>
        <translation>לא ניתן לפתוח את קובץ החנות</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shop file %1 is damaged, so it was not opened.</source>
        <translation>קובץ החנות %1 פגום, ולכן הוא לא נפתח.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop file %1 is damaged: a check found errors in it.</source>
        <translation>קובץ החנות %1 פגום: בדיקה מצאה בו שגיאות.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>The shop file is damaged</source>
        <translation>קובץ החנות פגום</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>There is no backup of it on this computer to bring back. If you keep backups elsewhere (a USB stick), start arapp and choose File › Restore from a backup; keep the damaged file for a technician.</source>
        <translation>אין לו גיבוי במחשב הזה שאפשר לשחזר. אם אתם שומרים גיבויים במקום אחר (דיסק און קי), פתחו את arapp ובחרו קובץ › שחזור מגיבוי; שמרו את הקובץ הפגום בשביל טכנאי.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The newest good backup is from %1. Restore it? What was recorded after it will be missing; the damaged file is kept beside the shop file.</source>
        <translation>הגיבוי התקין האחרון הוא מ־%1. לשחזר אותו? מה שנרשם אחריו לא יופיע; הקובץ הפגום נשמר ליד קובץ החנות.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup</source>
        <translation>שחזור הגיבוי</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close arapp</source>
        <translation>סגירת arapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>לא עכשיו</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="+68"/>
        <source>How do you want to start?</source>
        <translation>איך מתחילים?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your business details are saved when you press Finish.</source>
        <translation>פרטי העסק יישמרו בלחיצה על &quot;סיים&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Empty shop</source>
        <translation>עסק &amp;ריק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with no customers and add them as you go.</source>
        <translation>מתחילים בלי לקוחות ומוסיפים אותם תוך כדי עבודה.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from Excel or CSV</source>
        <translation>&amp;ייבוא מ-Excel או מ-CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your customers, invoices and payments from spreadsheet files.</source>
        <translation>העברת הלקוחות, החשבוניות והתשלומים מקובצי גיליון אלקטרוני.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sample shop</source>
        <translation>עסק &amp;לדוגמה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the app with %1 made-up customers. They are kept in a separate file, so your own shop stays empty; switch between them in the File menu.</source>
        <translation>התנסות בתוכנה עם %1 לקוחות לדוגמה. הם נשמרים בקובץ נפרד, כך שהעסק שלך נשאר ריק; אפשר לעבור בין שני העסקים בתפריט &quot;קובץ&quot;.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../arapp/ui/plans/terms_page.py" line="+347"/>
        <source>Type a whole number of installments.</source>
        <translation>יש להקליד מספר שלם של תשלומים.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the amount of each installment.</source>
        <translation>יש להקליד את סכום כל תשלום.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the guarantor&apos;s name, or untick Guarantor.</source>
        <translation>יש להקליד את שם הערב, או לבטל את סימון „ערב”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ID number is not valid (check the last digit).</source>
        <translation>מספר תעודת הזהות אינו תקין (כדאי לבדוק את ספרת הביקורת).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guarantor needs an ID number.</source>
        <translation>יש להקליד את מספר תעודת הזהות של הערב.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debt the plan covers: %1</source>
        <translation>החוב שבהסדר: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schedule shows here once the terms are complete.</source>
        <translation>לוח התשלומים יוצג כאן לאחר השלמת התנאים.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Terms</source>
        <translation>תנאים</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Down payment:</source>
        <translation>&amp;מקדמה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments:</source>
        <translation>תשלומים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;תדירות: כל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst due on:</source>
        <translation>&amp;פירעון ראשון ב:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual &amp;interest rate:</source>
        <translation>&amp;ריבית שנתית:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grace period (days):</source>
        <translation>ימי &amp;חסד:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of signing:</source>
        <translation>מ&amp;קום החתימה:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of installments:</source>
        <translation>מ&amp;ספר תשלומים:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount of each:</source>
        <translation>&amp;סכום כל תשלום:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ללא</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installment more than this many days late lets you call in the whole remaining debt (the acceleration clause).</source>
        <translation>תשלום שמאחר יותר מימים אלה מאפשר להעמיד את כל יתרת החוב לפירעון מיידי (סעיף ההאצה).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>month</source>
        <translation>חודש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two weeks</source>
        <translation>שבועיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>שבוע</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>G&amp;uarantor</source>
        <translation>ע&amp;רב</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>שם:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number:</source>
        <translation>ת״ז:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address:</source>
        <translation>כתובת:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liable up to:</source>
        <translation>אחריות עד:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole debt</source>
        <translation>כל החוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>לוח תשלומים</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>%n installment(s), %1 in all (interest %2). Total payable with the down payment: %3.</source>
        <translation>
            <numerusform>%n תשלום, %1 בסך הכול (ריבית %2). סך הכול לתשלום כולל המקדמה: %3.</numerusform>
            <numerusform>%n תשלומים, %1 בסך הכול (ריבית %2). סך הכול לתשלום כולל המקדמה: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../arapp/ui/collection/timeline_tab.py" line="+181"/>
        <source>correction</source>
        <extracomment>The filter&apos;s groups before the single kinds: every contact the owner logged.</extracomment>
        <translation>תיקון</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected</source>
        <translation>תוקן</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 by %2</source>
        <translation>%1 עד %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Everything</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts only</source>
        <translation>רק פניות וקשרים</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show corrected entries</source>
        <translation>הצגת רישומים שתוקנו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contact… (Ctrl+K)</source>
        <translation>תיעוד קשר… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct this entry…</source>
        <translation>תיקון הרישום…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open letter…</source>
        <translation>פתיחת המכתב…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>מה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>תוצאה</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise</source>
        <translation>הבטחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>מעקב</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../arapp/ui/collection/today_view.py" line="+247"/>
        <source>of %1 that fell due</source>
        <translation>מתוך %1 שהגיע מועדם</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 days</source>
        <extracomment>What Enter does on a row, by the task&apos;s kind (see ``TodayView.do_task``).</extracomment>
        <translation>%1 ימים</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of the %2 that fell due</source>
        <translation>%1 מתוך %2 שהגיע מועדם</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receivable</source>
        <translation>יתרה לגבייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>בפיגור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected this month</source>
        <translation>נגבה החודש</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days sales outstanding</source>
        <translation>ימי אשראי בפועל (DSO)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything</source>
        <translation>הכול</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 to do</source>
        <translation>%1 משימות</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do today.</source>
        <translation>אין משימות להיום.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today, %1</source>
        <translation>היום, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading today&apos;s figures…</source>
        <translation>קורא את נתוני היום…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do today</source>
        <translation>לטיפול היום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it (Enter)</source>
        <translation>לטיפול (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the call, print the letter, open the cheques or the card</source>
        <translation>תיעוד השיחה, הדפסת המכתב, פתיחת השיקים או כרטיס הלקוח</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log contact… (Ctrl+K)</source>
        <translation>תיעוד קשר… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open card (Ctrl+O)</source>
        <translation>פתיחת כרטיס (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/task_table.py" line="+37"/>
        <source>Cheque %1</source>
        <translation>שיק %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installment %1</source>
        <translation>תשלום %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To do</source>
        <translation>משימה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>לקוח</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days late</source>
        <translation>ימי פיגור</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>פרטים</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../arapp/ui/i18n/core_messages.py" line="+13"/>
        <source>A chosen invoice is not open for this customer</source>
        <translation>אחת החשבוניות שנבחרו אינה פתוחה אצל לקוח זה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collection letter to a consumer may go only {days} days after the debt notice (sent on {day}); the earliest day is {earliest}</source>
        <translation>מכתב גבייה לצרכן יכול להישלח רק {days} ימים אחרי הודעת החוב (שנשלחה ב־{day}); המועד המוקדם ביותר הוא {earliest}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A collection letter to a consumer needs a debt notice first (§13B2); none was sent for {items}</source>
        <translation>לפני מכתב גבייה לצרכן יש לשלוח הודעת חוב (סעיף 13ב2); לא נשלחה הודעת חוב עבור {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer with code “{code}” already exists</source>
        <translation>כבר קיים לקוח עם הקוד &quot;{code}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter needs a subject and a body</source>
        <translation>יש למלא נושא ותוכן למכתב</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>סכום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>אפריל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>אוגוסט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>קוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>מסגרת אשראי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number</source>
        <translation>מספר הודעת זיכוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number “{number}” is already in use</source>
        <translation>כבר קיימת הודעת זיכוי עם המספר &quot;{number}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>דצמבר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>תאריך מסירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>תיאור</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>תאריך פירעון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>דוא״ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution Office ceiling</source>
        <translation>תקרת ההוצאה לפועל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>פברואר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee amount</source>
        <translation>סכום העמלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee date</source>
        <translation>תאריך העמלה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>ת״ז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice amount</source>
        <translation>סכום החשבונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>תאריך החשבונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>מספר חשבונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number “{number}” is already in use</source>
        <translation>כבר קיימת חשבונית עם המספר &quot;{number}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>ינואר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>יולי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>יוני</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>תאריך המכתב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>מרץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>מאי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>שם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer with code “{code}”</source>
        <translation>לא נמצא לקוח עם הקוד &quot;{code}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invoice with number “{number}”</source>
        <translation>לא נמצאה חשבונית עם המספר &quot;{number}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>הערה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>הערות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of {name} is overdue on {day}; no letter is needed</source>
        <translation>ללקוח {name} אין חובות בפיגור נכון ליום {day}, ולכן אין צורך במכתב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>נובמבר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>אוקטובר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment amount</source>
        <translation>סכום התשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms must be between 0 and 365 days</source>
        <translation>יש להזין תנאי תשלום בין 0 ל-365 ימים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>טלפונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>אסמכתא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered-mail number</source>
        <translation>מס&apos; דואר רשום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>ספטמבר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the items for this letter are no longer open</source>
        <translation>חלק מהפריטים שנבחרו למכתב זה כבר אינם פתוחים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That customer no longer exists</source>
        <translation>לקוח זה אינו קיים עוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That invoice no longer exists</source>
        <translation>חשבונית זו אינה קיימת עוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That letter no longer exists</source>
        <translation>מכתב זה אינו קיים עוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment is already void</source>
        <translation>תשלום זה כבר מבוטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment no longer exists</source>
        <translation>תשלום זה אינו קיים עוד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery date is before the letter&apos;s date</source>
        <translation>תאריך המסירה מוקדם מתאריך המכתב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount must be between 0 and 100 percent</source>
        <translation>יש להזין הנחה בין 0 ל-100 אחוז</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period starts on {start}, after the day it ends ({end})</source>
        <translation>התקופה מתחילה ב־{start}, אחרי היום שבו היא מסתיימת ({end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The due date is before the invoice date</source>
        <translation>תאריך הפירעון מוקדם מתאריך החשבונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder “{path}” could not be made: {reason}</source>
        <translation>לא ניתן היה ליצור את התיקייה &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letters cannot go into “{path}”: it is a file, not a folder</source>
        <translation>לא ניתן לשמור את המכתבים ב-&quot;{path}&quot;: זהו קובץ ולא תיקייה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letters could not be written to “{path}”: {reason}</source>
        <translation>לא ניתן היה לשמור את המכתבים בתיקייה &quot;{path}&quot;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored letter does not match its fingerprint (SHA-256)</source>
        <translation>המכתב השמור אינו תואם לטביעת האצבע הדיגיטלית שלו (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backup file at {path}</source>
        <translation>לא נמצא קובץ גיבוי בנתיב {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at {path}</source>
        <translation>לא נמצא קובץ העסק בנתיב {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown customer kind “{kind}”</source>
        <translation>סוג לקוח לא מוכר: &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown letter kind “{kind}”</source>
        <translation>סוג מכתב לא מוכר: &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown letter language “{lang}”</source>
        <translation>שפת מכתב לא מוכרת: &quot;{lang}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payment method “{method}”</source>
        <translation>אמצעי תשלום לא מוכר: &quot;{method}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown placeholder(s): {names}</source>
        <translation>שדות לא מוכרים בנוסח המכתב: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown message text “{key}”</source>
        <translation>אין נוסח הודעה בשם “{key}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder message</source>
        <translation>הודעת התזכורת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance message</source>
        <translation>הודעת היתרה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay (bank transfer)</source>
        <translation>דרכי תשלום (העברה בנקאית)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay (phone)</source>
        <translation>דרכי תשלום (טלפון)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail subject</source>
        <translation>נושא הדוא״ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>גוף הדוא״ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is empty: write the text, or reset it to the default</source>
        <translation>{field}: הנוסח ריק. יש לכתוב אותו או לחזור לברירת המחדל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has {count} characters; a text message should stay short, at most {limit}</source>
        <translation>{field}: {count} תווים; הודעת טקסט צריכה להיות קצרה, {limit} תווים לכל היותר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} has {count} characters; at most {limit} fit</source>
        <translation>{field}: {count} תווים; אפשר עד {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: a brace has no partner; a placeholder is written as a name in braces, like {example}</source>
        <translation>{field}: יש סוגר מסולסל בלי בן זוג; שדה נכתב כשם בתוך סוגריים מסולסלים, למשל {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: unknown placeholder(s) {names}; this text may use {allowed}</source>
        <translation>{field}: שדות לא מוכרים {names}; בנוסח הזה אפשר להשתמש בשדות {allowed}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a credit limit cannot be negative</source>
        <translation>מסגרת האשראי אינה יכולה להיות שלילית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file “{name}”: {problem}</source>
        <translation>לא ניתן לקרוא את הקובץ &quot;{name}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code {code} appears again with other details (first in row {first_row})</source>
        <translation>הקוד {code} מופיע שוב עם פרטים אחרים (לראשונה בשורה {first_row})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer {code} already exists with different details</source>
        <translation>הלקוח {code} כבר קיים עם פרטים שונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {number} already exists with different details</source>
        <translation>החשבונית {number} כבר קיימת עם פרטים שונים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {number} appears again with other details (first in row {first_row})</source>
        <translation>החשבונית {number} מופיעה שוב עם פרטים אחרים (לראשונה בשורה {first_row})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invoice {number} belongs to another customer</source>
        <translation>החשבונית {number} שייכת ללקוח אחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no customer with code {code}</source>
        <translation>לא נמצא לקוח עם הקוד {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no invoice with number {number}</source>
        <translation>לא נמצאה חשבונית עם המספר {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row 1 must hold the column names, but it is empty</source>
        <translation>שורה 1 צריכה לכלול את שמות העמודות, אבל היא ריקה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CSV file is malformed on line {line}: {problem}</source>
        <translation>קובץ ה-CSV אינו תקין בשורה {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Excel file is damaged or incomplete (perhaps not fully copied or downloaded); open it in Excel and save it again</source>
        <translation>קובץ ה-Excel פגום או חלקי (ייתכן שלא הועתק או הורד במלואו); יש לפתוח אותו ב-Excel ולשמור אותו שוב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the amount is empty</source>
        <translation>הסכום ריק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is empty</source>
        <translation>התאריך ריק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date is before the invoice date</source>
        <translation>תאריך הפירעון מוקדם מתאריך החשבונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be read as an Excel workbook; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>לא ניתן לקרוא את הקובץ כחוברת עבודה של Excel; יש לפתוח אותו ב-Excel ולשמור אותו כקובץ xlsx או כקובץ CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has only the header row; there are no rows to import</source>
        <translation>בקובץ יש רק את שורת הכותרות; אין שורות לייבוא</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is UTF-8 text with a damaged character on line {line}; fix that line or open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>הקובץ הוא טקסט בקידוד UTF-8 עם תו פגום בשורה {line}; יש לתקן את השורה הזו או לפתוח את הקובץ ב-Excel ולשמור אותו כקובץ xlsx או כקובץ CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>הקובץ ריק</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is too large to import (over {limit} MB)</source>
        <translation>הקובץ גדול מדי לייבוא (יותר מ-{limit} MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file says it is {encoding} text but has an invalid character on line {line}; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>לפי סימון הקובץ הוא טקסט בקידוד {encoding}, אבל יש בו תו לא תקין בשורה {line}; יש לפתוח אותו ב-Excel ולשמור אותו כקובץ xlsx או כקובץ CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the number is empty</source>
        <translation>המספר ריק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the required column {key} is missing; name it {name}, {hebrew} or {arabic}</source>
        <translation>עמודת החובה {key} חסרה; יש לקרוא לה {name}, {hebrew} או {arabic}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is too long ({length} characters; at most {limit})</source>
        <translation>הטקסט ארוך מדי ({length} תווים; לכל היותר {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook has no worksheet</source>
        <translation>אין בחוברת העבודה אף גיליון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this column is required but the cell is empty</source>
        <translation>זוהי עמודת חובה, אבל התא ריק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this column means the same as column “{first}” ({key}); keep only one</source>
        <translation>לעמודה זו אותה משמעות כמו לעמודה &quot;{first}&quot; ({key}); יש להשאיר רק אחת מהן</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this file is a PDF document, not a CSV or Excel (.xlsx) file</source>
        <translation>זהו מסמך PDF, ולא קובץ CSV או Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file is a {image} image, not a CSV or Excel (.xlsx) file</source>
        <translation>זוהי תמונת {image}, ולא קובץ CSV או Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file is not a CSV or Excel (.xlsx) file: it holds binary data</source>
        <translation>זה אינו קובץ CSV או Excel (.xlsx): יש בו נתונים בינאריים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a web page (HTML) or XML file, not a spreadsheet; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>זהו דף אינטרנט (HTML) או קובץ XML, ולא גיליון אלקטרוני; יש לפתוח אותו ב-Excel ולשמור אותו כקובץ xlsx או כקובץ CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is an old Excel 97-2003 (.xls) file or a password-protected workbook; open it in Excel and save it as .xlsx without a password, or as CSV UTF-8</source>
        <translation>זהו קובץ Excel 97-2003 (.xls) ישן או חוברת עבודה המוגנת בסיסמה; יש לפתוח אותו ב-Excel ולשמור אותו כקובץ xlsx ללא סיסמה, או כקובץ CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains a comma (like 1,234.50) must be inside double quotes</source>
        <translation>מספר הערכים בשורה זו הוא {used}, אבל מספר העמודות בשורת הכותרות הוא {width}; ערך שמכיל פסיק (כמו 1,234.50) חייב להיות בתוך מירכאות כפולות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains a semicolon must be inside double quotes</source>
        <translation>מספר הערכים בשורה זו הוא {used}, אבל מספר העמודות בשורת הכותרות הוא {width}; ערך שמכיל נקודה-פסיק חייב להיות בתוך מירכאות כפולות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains a tab must be inside double quotes</source>
        <translation>מספר הערכים בשורה זו הוא {used}, אבל מספר העמודות בשורת הכותרות הוא {width}; ערך שמכיל תו טאב חייב להיות בתוך מירכאות כפולות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains “{delimiter}” must be inside double quotes</source>
        <translation>מספר הערכים בשורה זו הוא {used}, אבל מספר העמודות בשורת הכותרות הוא {width}; ערך שמכיל &quot;{delimiter}&quot; חייב להיות בתוך מירכאות כפולות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} is longer than {limit} characters</source>
        <translation>בשדה {field} אפשר להזין עד {limit} תווים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not a date</source>
        <translation>בשדה {field} יש להזין תאריך תקין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is required</source>
        <translation>שדה {field} הוא שדה חובה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a number</source>
        <translation>בשדה {field} יש להזין מספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be more than zero</source>
        <translation>בשדה {field} יש להזין ערך גדול מאפס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} has more than two decimals</source>
        <translation>הערך {value} בשדה {field} כולל יותר משתי ספרות אחרי הנקודה העשרונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} is out of range</source>
        <translation>הערך {value} בשדה {field} מחוץ לטווח המותר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} is too large</source>
        <translation>הערך {value} בשדה {field} גדול מדי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has nothing open to write about</source>
        <translation>ללקוח {name} אין פריטים פתוחים שאפשר לכלול במכתב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged (integrity check failed)</source>
        <translation>הקובץ {name} פגום (בדיקת התקינות נכשלה)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an arapp backup</source>
        <translation>הקובץ {name} אינו גיבוי של arapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an arapp backup ({reason})</source>
        <translation>הקובץ {name} אינו גיבוי של arapp ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was made by a newer arapp (schema {version})</source>
        <translation>הקובץ {name} נוצר בגרסה חדשה יותר של arapp (גרסת מבנה הנתונים {version})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is already void</source>
        <translation>הרשומה {number} כבר מבוטלת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” does not exist: there is no month {month} (YYYY-MM-DD)</source>
        <translation>התאריך &quot;{text}&quot; אינו קיים: אין חודש {month} (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” does not exist: there is no month {month} (dates are day first: DD/MM/YYYY)</source>
        <translation>התאריך &quot;{text}&quot; אינו קיים: אין חודש {month} (בתאריך היום נכתב ראשון: DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” does not exist: {month_name} {year} has {days} days</source>
        <translation>התאריך &quot;{text}&quot; אינו קיים: בחודש {month_name} {year} יש {days} ימים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” has more than two decimals; amounts are in shekels and agorot and are never rounded on import</source>
        <translation>בערך &quot;{text}&quot; יש יותר משתי ספרות אחרי הנקודה העשרונית; סכומים נרשמים בשקלים ובאגורות ואינם מעוגלים בייבוא</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is a number, not a date; format the cell as a date or use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>הערך &quot;{text}&quot; הוא מספר ולא תאריך; יש לעצב את התא כתאריך או לכתוב DD/MM/YYYY (היום ראשון), DD.MM.YYYY או YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a date; use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>הערך &quot;{text}&quot; אינו תאריך; יש לכתוב DD/MM/YYYY (היום ראשון), DD.MM.YYYY או YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a number</source>
        <translation>הערך &quot;{text}&quot; אינו מספר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a phone number: it needs 9 to 13 digits (spaces, dashes, parentheses and a leading + are allowed; one number per cell)</source>
        <translation>הערך &quot;{text}&quot; אינו מספר טלפון: נדרשות 9 עד 13 ספרות (מותר להשתמש ברווחים, במקפים, בסוגריים וב-+ בהתחלה; מספר אחד בכל תא)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a whole number</source>
        <translation>הערך &quot;{text}&quot; אינו מספר שלם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount</source>
        <translation>הערך &quot;{text}&quot; אינו סכום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount (more than one decimal point)</source>
        <translation>הערך &quot;{text}&quot; אינו סכום (יותר מנקודה עשרונית אחת)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount (two minus signs)</source>
        <translation>הערך &quot;{text}&quot; אינו סכום (שני סימני מינוס)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount; write digits with an optional decimal point, like 1234.50 or 1,234.50</source>
        <translation>הערך &quot;{text}&quot; אינו סכום; יש לכתוב ספרות, עם נקודה עשרונית לפי הצורך, כמו 1234.50 או 1,234.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not an email address (one address per cell)</source>
        <translation>הערך &quot;{text}&quot; אינו כתובת דוא״ל (כתובת אחת בכל תא)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not recognised; use consumer or business ({names})</source>
        <translation>הערך &quot;{text}&quot; אינו מזוהה; יש לכתוב consumer או business ({names})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not recognised; use he, ar or en (or {names})</source>
        <translation>הערך &quot;{text}&quot; אינו מזוהה; יש לכתוב he, ar או en (או {names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not recognised; use one of cash, check, credit_card, bank_transfer, app, other ({names})</source>
        <translation>הערך &quot;{text}&quot; אינו מזוהה; יש לכתוב אחד מאלה: cash, check, credit_card, bank_transfer, app, other ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is too large; amounts must be under {limit}</source>
        <translation>הערך &quot;{text}&quot; גדול מדי; סכום חייב להיות קטן מ-{limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” must be from {minimum} to {maximum}</source>
        <translation>הערך &quot;{text}&quot; חייב להיות בין {minimum} ל-{maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” must be more than zero</source>
        <translation>הערך &quot;{text}&quot; חייב להיות גדול מאפס</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” must be on one line (no line breaks or tabs)</source>
        <translation>הערך &quot;{text}&quot; חייב להיות בשורה אחת (ללא מעברי שורה או טאבים)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” needs a four-digit year, like 15/03/2026</source>
        <translation>בתאריך &quot;{text}&quot; יש לכתוב את השנה בארבע ספרות, כמו 15/03/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” uses a comma as the decimal point; write it as {plain} (a dot before the agorot, commas only between thousands)</source>
        <translation>בערך &quot;{text}&quot; יש פסיק במקום נקודה עשרונית; יש לכתוב {plain} (נקודה לפני האגורות, ופסיקים רק בין האלפים)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}”: the year {year} is out of range; dates must be from {first} to {last}</source>
        <translation>בתאריך &quot;{text}&quot; השנה {year} מחוץ לטווח; התאריכים חייבים להיות בין השנים {first} ל-{last}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A chosen item is no longer open</source>
        <translation>אחד הפריטים שנבחרו כבר אינו פתוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another plan was saved meanwhile; show the agreement again before saving</source>
        <translation>בינתיים נשמר הסדר אחר; יש להציג את ההסכם שוב לפני השמירה</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At {amount} each the debt would take more than {limit} installments</source>
        <translation>בתשלומים של {amount} כל אחד, פירעון החוב יחייב יותר מ-{limit} תשלומים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {number} of account {account} is already recorded</source>
        <translation>השיק {number} מחשבון {account} כבר רשום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the amount {amount} does not match the installment ({expected})</source>
        <translation>שיק {row}: הסכום {amount} אינו תואם לתשלום ({expected})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {row}: the plan has no installment {row}</source>
        <translation>שיק {row}: אין בהסדר תשלום מספר {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>שם הקובץ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give either the number of installments or the amount of each</source>
        <translation>יש לציין את מספר התשלומים או את סכום כל תשלום, אחד מהשניים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace days must be between 0 and {limit}</source>
        <translation>ימי החסד חייבים להיות בין 0 ל-{limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s address</source>
        <translation>כתובת הערב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s maximum liability</source>
        <translation>סכום הערבות המרבי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s name</source>
        <translation>שם הערב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s phone</source>
        <translation>טלפון הערב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment {row} has two cheques</source>
        <translation>לתשלום {row} יש שני שיקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No installment plan {plan}</source>
        <translation>אין הסדר תשלומים {plan}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>מקום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} has nothing left to pay</source>
        <translation>בהסדר {number} לא נותר דבר לתשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} is already cancelled</source>
        <translation>הסדר {number} כבר בוטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} is cancelled</source>
        <translation>הסדר {number} בוטל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} is in good standing: no installment is more than {days} days late</source>
        <translation>הסדר {number} מתנהל כסדרו: אף תשלום אינו בפיגור של יותר מ-{days} ימים</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan {number} is paid in full</source>
        <translation>הסדר {number} שולם במלואו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That agreement is already signed</source>
        <translation>ההסכם הזה כבר נחתם</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That agreement no longer exists</source>
        <translation>ההסכם הזה כבר אינו קיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a PDF document</source>
        <translation>זה אינו מסמך PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That plan is another customer&apos;s</source>
        <translation>ההסדר הזה שייך ללקוח אחר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annual interest rate must be between 0% and {limit}%</source>
        <translation>הריבית השנתית חייבת להיות בין 0% ל-{limit}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The down payment must be less than the debt ({debt})</source>
        <translation>המקדמה חייבת להיות קטנה מהחוב ({debt})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first installment cannot be due before {day}</source>
        <translation>מועד התשלום הראשון אינו יכול להיות לפני {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guarantor&apos;s ID number “{value}” is not valid</source>
        <translation>מספר הזהות של הערב &quot;{value}&quot; אינו תקין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kept agreement is damaged: its fingerprint does not match</source>
        <translation>ההסכם השמור פגום: טביעת האצבע הדיגיטלית שלו אינה תואמת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of installments must be between 1 and {limit}</source>
        <translation>מספר התשלומים חייב להיות בין 1 ל-{limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan is larger than {limit} MB</source>
        <translation>הסריקה גדולה מ-{limit} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no debt to spread</source>
        <translation>אין חוב לפריסה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no open debt to spread</source>
        <translation>אין חוב פתוח לפריסה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This moved invoices into installment plan {number}; cancel the plan instead</source>
        <translation>פעולה זו העבירה חשבוניות להסדר תשלומים {number}; במקום זאת יש לבטל את ההסדר</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown language “{lang}”</source>
        <translation>שפה לא מוכרת: &quot;{lang}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown way of signing “{how}”</source>
        <translation>אופן חתימה לא מוכר: &quot;{how}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} installments are too many for a debt of {debt}</source>
        <translation>{count} תשלומים הם יותר מדי לחוב של {debt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} cannot be negative</source>
        <translation>הערך בשדה {field} אינו יכול להיות שלילי</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too large</source>
        <translation>הערך בשדה {field} גדול מדי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be an amount with at most two decimals</source>
        <translation>בשדה {field} יש להזין סכום עם שתי ספרות לכל היותר אחרי הנקודה העשרונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is an installment of plan {plan}; cancel the plan instead</source>
        <translation>{number} הוא תשלום בהסדר {plan}; במקום זאת יש לבטל את ההסדר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} was moved into installment plan {plan}; correct it with a credit note instead</source>
        <translation>{number} הועבר להסדר תשלומים {plan}; במקום זאת יש לתקן אותו בהודעת זיכוי</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debt</source>
        <translation>חוב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down payment</source>
        <translation>מקדמה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual interest rate</source>
        <translation>ריבית שנתית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount of each installment</source>
        <translation>סכום כל תשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bank is a number of up to 2 digits</source>
        <translation>מספר הבנק הוא מספר של עד 2 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the bank is a number of up to 2 digits</source>
        <translation>שיק {row}: מספר הבנק הוא מספר של עד 2 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branch is a number of up to 3 digits</source>
        <translation>מספר הסניף הוא מספר של עד 3 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the branch is a number of up to 3 digits</source>
        <translation>שיק {row}: מספר הסניף הוא מספר של עד 3 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account is a number of up to 9 digits</source>
        <translation>מספר החשבון הוא מספר של עד 9 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the account is a number of up to 9 digits</source>
        <translation>שיק {row}: מספר החשבון הוא מספר של עד 9 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cheque number is a number of up to 10 digits</source>
        <translation>מספר השיק הוא מספר של עד 10 ספרות</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the cheque number is a number of up to 10 digits</source>
        <translation>שיק {row}: מספר השיק הוא מספר של עד 10 ספרות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the amount must have at most two decimals</source>
        <translation>בסכום יכולות להיות לכל היותר שתי ספרות אחרי הנקודה העשרונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the amount must have at most two decimals</source>
        <translation>שיק {row}: בסכום יכולות להיות לכל היותר שתי ספרות אחרי הנקודה העשרונית</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount must be more than zero</source>
        <translation>הסכום חייב להיות גדול מאפס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the amount must be more than zero</source>
        <translation>שיק {row}: הסכום חייב להיות גדול מאפס</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cheque drawn by someone else needs the drawer&apos;s ID number</source>
        <translation>לשיק של מושך אחר יש להזין את מספר הזהות של המושך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: a cheque drawn by someone else needs the drawer&apos;s ID number</source>
        <translation>שיק {row}: לשיק של מושך אחר יש להזין את מספר הזהות של המושך</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the drawer&apos;s ID number {value} is not valid</source>
        <translation>מספר הזהות של המושך {value} אינו תקין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the drawer&apos;s ID number {value} is not valid</source>
        <translation>שיק {row}: מספר הזהות של המושך {value} אינו תקין</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The shop file {path} is open in arapp on the computer {host} since {since}. Close arapp there first; only one copy may work on a shop at a time.</source>
        <translation>קובץ החנות {path} פתוח ב־arapp במחשב {host} מאז {since}. סגרו קודם את arapp שם; רק עותק אחד יכול לעבוד על חנות בכל פעם.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no shop file at {path}. Check the name; a new shop is made by the app, by “arapp demo” or by “arapp import customers”.</source>
        <translation>אין קובץ חנות בנתיב {path}. בדקו את השם; חנות חדשה נוצרת באפליקציה, ב־„arapp demo” או ב־„arapp import customers”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup cannot go into “{path}”: it is a file, not a folder</source>
        <translation>אי אפשר לשמור את הגיבוי ב־„{path}”: זה קובץ, לא תיקייה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>לא ניתן היה לכתוב את הגיבוי ל־{path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not pass the ledger checks: {problem}</source>
        <translation>{name} לא עובר את בדיקות הנהלת החשבונות: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop has no backup yet</source>
        <translation>לחנות הזו אין עדיין גיבוי</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest backup of this shop is from {day}, {days} days ago</source>
        <translation>הגיבוי האחרון של החנות הוא מ־{day}, לפני {days} ימים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case file cannot be written to {path}</source>
        <translation>לא ניתן לשמור את התיק ב-{path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second backup folder {path} cannot be written to; check that the USB stick or the synced folder is there</source>
        <translation>אי אפשר לכתוב לתיקיית הגיבוי השנייה {path}; בדקו שהדיסק און קי מחובר או שהתיקייה המסונכרנת קיימת</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The automatic backup failed</source>
        <translation>הגיבוי האוטומטי נכשל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be between {low} and {high}</source>
        <translation>{field}: יש להזין מספר בין {low} ל־{high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a full path to a folder</source>
        <translation>{field}: יש להזין נתיב מלא לתיקייה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a folder other than the automatic one</source>
        <translation>{field}: יש לבחור תיקייה אחרת מתיקיית הגיבויים האוטומטיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily backups kept</source>
        <translation>גיבויים יומיים לשמירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly backups kept</source>
        <translation>גיבויים חודשיים לשמירה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second backup folder</source>
        <translation>תיקייה שנייה לגיבויים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is not right</source>
        <translation>הסיסמה הנוכחית שגויה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must have from {low} to {high} characters</source>
        <translation>{field}: יש להזין בין {low} ל־{high} תווים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>סיסמה</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>“{text}” cannot be negative</source>
        <translation>הערך &quot;{text}&quot; אינו יכול להיות שלילי</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file {path} is not an arapp shop file, or it is damaged.</source>
        <translation>הקובץ {path} אינו קובץ עסק של arapp, או שהוא פגום.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop file {path} is busy in another program or window; try again in a moment.</source>
        <translation>קובץ העסק {path} תפוס בתוכנה או בחלון אחר; יש לנסות שוב בעוד רגע.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop file {path} was made by a newer version of arapp; update arapp to open it.</source>
        <translation>קובץ העסק {path} נוצר בגרסה חדשה יותר של arapp; יש לעדכן את arapp כדי לפתוח אותו.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop file {path} cannot be opened; check that its folder exists and that you may write in it.</source>
        <translation>לא ניתן לפתוח את קובץ העסק {path}; יש לוודא שהתיקייה שלו קיימת ושיש הרשאה לכתוב בה.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has {amount} overdue on {day}, but all of it is disputed; settle the dispute before sending a letter</source>
        <translation>ללקוח {name} יש {amount} בפיגור נכון ליום {day}, אך כל הסכום שנוי במחלוקת; יש ליישב את המחלוקת לפני שליחת מכתב</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} “{text}” is not an ID number: an Israeli ID or company number has up to 9 digits</source>
        <translation>בשדה {field}, הערך &quot;{text}&quot; אינו מספר זהות: למספר זהות או למספר חברה ישראלי יש עד 9 ספרות</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} “{text}” is not valid: its check digit is wrong</source>
        <translation>בשדה {field}, המספר &quot;{text}&quot; אינו תקין: ספרת הביקורת שגויה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} “{text}” is not an e-mail address</source>
        <translation>בשדה {field}, הערך &quot;{text}&quot; אינו כתובת דוא״ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} “{text}” is not a phone number: each number needs 9 to 13 digits (spaces, dashes, parentheses and a leading + are allowed; separate numbers with a comma)</source>
        <translation>בשדה {field}, הערך &quot;{text}&quot; אינו מספר טלפון: בכל מספר נדרשות 9 עד 13 ספרות (מותר להשתמש ברווחים, במקפים, בסוגריים וב-+ בהתחלה; בין מספר למספר יש להפריד בפסיק)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is not an ID number: an Israeli ID or company number has up to 9 digits</source>
        <translation>הערך &quot;{text}&quot; אינו מספר זהות: למספר זהות או למספר חברה ישראלי יש עד 9 ספרות</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a valid ID number: its check digit is wrong</source>
        <translation>הערך &quot;{text}&quot; אינו מספר זהות תקין: ספרת הביקורת שגויה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A credit note has no payment confirmation</source>
        <translation>להודעת זיכוי אין אישור תשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment is void; it has no confirmation</source>
        <translation>התשלום הזה בוטל, ולכן אין לו אישור תשלום</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the number of endorsements must be between 0 and {limit}</source>
        <translation>מספר ההסבות חייב להיות בין 0 ל-{limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an endorsed cheque needs the endorser&apos;s name</source>
        <translation>בשיק מוסב יש לרשום את שם המסב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an endorsed cheque needs the endorser&apos;s ID number (the Cash Law)</source>
        <translation>בשיק מוסב יש לרשום את מספר הזהות של המסב (חוק לצמצום השימוש במזומן)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the endorser&apos;s ID number {value} is not valid</source>
        <translation>מספר הזהות של המסב {value} אינו תקין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name is longer than {limit} characters</source>
        <translation>השם ארוך מ-{limit} תווים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the number of endorsements must be between 0 and {limit}</source>
        <translation>שיק {row}: מספר ההסבות חייב להיות בין 0 ל-{limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {row}: an endorsed cheque needs the endorser&apos;s name</source>
        <translation>שיק {row}: בשיק מוסב יש לרשום את שם המסב</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: an endorsed cheque needs the endorser&apos;s ID number (the Cash Law)</source>
        <translation>שיק {row}: בשיק מוסב יש לרשום את מספר הזהות של המסב (חוק לצמצום השימוש במזומן)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {row}: the endorser&apos;s ID number {value} is not valid</source>
        <translation>שיק {row}: מספר הזהות של המסב {value} אינו תקין</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: a name is longer than {limit} characters</source>
        <translation>שיק {row}: השם ארוך מ-{limit} תווים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} has no installment {n}</source>
        <translation>בהסדר {number} אין תשלום מספר {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment {n} of plan {number} has nothing left to pay</source>
        <translation>בתשלום {n} של הסדר {number} לא נשאר דבר לתשלום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of returned cheques must be between 1 and 100</source>
        <translation>מספר השיקים החוזרים חייב להיות בין 1 ל-100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cheque {cheque} in the register</source>
        <translation>אין שיק {cheque} בפנקס השיקים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deposit {deposit}</source>
        <translation>אין הפקדה {deposit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>חשבון בנק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit date</source>
        <translation>תאריך הפקדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash amount</source>
        <translation>סכום במזומן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cheques to deposit</source>
        <translation>יש לבחור את השיקים להפקדה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These cheques are dated after {day} and cannot be deposited yet: {numbers}</source>
        <translation>השיקים האלה נושאים תאריך מאוחר מ-{day} ועדיין אי אפשר להפקיד אותם: {numbers}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the cheques that cleared</source>
        <translation>יש לבחור את השיקים שנפרעו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was deposited on {day}; it cannot clear before that</source>
        <translation>שיק {number} הופקד ב-{day}; הוא לא יכול להיפרע לפני כן</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reason “{reason}” for a returned cheque</source>
        <translation>סיבה לא מוכרת לשיק חוזר: „{reason}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was not returned by the bank</source>
        <translation>שיק {number} לא הוחזר מהבנק</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee of cheque {number} is already charged</source>
        <translation>העמלה על שיק {number} כבר חויבה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a consumer: no collection cost may be charged before 14 days have passed since the debt notice (§13B2). Return the cheque without the fee</source>
        <translation>{name} הוא צרכן: אסור לחייב בהוצאות גבייה לפני שעברו 14 ימים מההודעה על החוב (סעיף 13ב2). יש להחזיר את השיק בלי העמלה</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace a cheque with another cheque or with cash</source>
        <translation>יש להחליף שיק בשיק אחר או במזומן</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forecast covers 1 to 60 months</source>
        <translation>התחזית היא ל-1 עד 60 חודשים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was already returned</source>
        <translation>שיק {number} כבר חזר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was given back to the customer</source>
        <translation>שיק {number} הוחזר ללקוח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was replaced</source>
        <translation>שיק {number} הוחלף</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} has already cleared</source>
        <translation>שיק {number} כבר נפרע</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} is already deposited</source>
        <translation>שיק {number} כבר הופקד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} is still in hand: it was not deposited</source>
        <translation>שיק {number} עדיין בידינו: הוא לא הופקד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} is over {limit} and endorsed {count} times: under the Cash Law the bank will return it</source>
        <translation>שיק {number} הוא על יותר מ-{limit} והוסב {count} פעמים: לפי חוק לצמצום השימוש במזומן הבנק יחזיר אותו</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cheque {number} is dated {day}, more than six months ago: the bank will return it as stale</source>
        <translation>שיק {number} נושא תאריך {day}, לפני יותר משישה חודשים: הבנק יחזיר אותו כשיק שפג תוקפו</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cheque {number} is {extra} more than {name} owes: the rest stays as credit on account</source>
        <translation>שיק {number} גבוה ב-{extra} ממה ש{name} חייב: היתרה נשארת כזכות בחשבון</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cheque {number} is dated {day}: deposited before its date, the bank returns it</source>
        <translation>שיק {number} נושא תאריך {day}: שיק שמופקד לפני מועדו הבנק מחזיר</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replacement is {extra} more than {name} owes: the rest stays as credit on account</source>
        <translation>התחליף גבוה ב-{extra} ממה ש{name} חייב: היתרה נשארת כזכות בחשבון</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cheque {number} of account {account} is already recorded</source>
        <translation>שיק {number} מחשבון {account} כבר רשום</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {account} had {count} cheques returned in the last 12 months: under the Cheques Without Cover Law it is probably restricted</source>
        <translation>מחשבון {account} חזרו {count} שיקים ב-12 החודשים האחרונים: לפי חוק שיקים ללא כיסוי סביר שהוא מוגבל</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cheque {number} was deposited on {day}; it cannot come back before that</source>
        <translation>שיק {number} הופקד ב-{day}; הוא לא יכול לחזור לפני כן</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A collection message to a consumer may go only {days} days after the debt notice (sent on {day}); the earliest day is {earliest}</source>
        <translation>הודעת גבייה לצרכן מותרת רק {days} ימים אחרי הודעת החוב (שנשלחה ב־{day}); היום המוקדם ביותר הוא {earliest}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A collection message to a consumer needs a debt notice first (§13B2); none was sent for {items}</source>
        <translation>הודעת גבייה לצרכן מחייבת קודם הודעת חוב (סעיף 13ב2); לא נשלחה הודעת חוב עבור {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the mail server {host}:{port}; check the e-mail settings and the connection</source>
        <translation>אין גישה לשרת הדואר {host}:{port}; בדקו את הגדרות הדוא&quot;ל ואת החיבור</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each delay of the ladder must be a whole number of days from {least} to {most}</source>
        <translation>כל מועד בסולם הגבייה חייב להיות מספר ימים שלם בין {least} ל־{most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of {name} is overdue on {day}; no reminder is needed</source>
        <translation>ל{name} אין חוב בפיגור ב־{day}; אין צורך בתזכורת</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the mail server in Settings › E-mail first</source>
        <translation>יש להגדיר קודם את שרת הדואר בהגדרות › דוא&quot;ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has no phone number</source>
        <translation>ללקוח אין מספר טלפון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover comes after the warning: keep the warning too</source>
        <translation>ההעברה לטיפול משפטי באה אחרי ההתראה: יש להשאיר גם את ההתראה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server did not accept the message; nothing was sent ({reason})</source>
        <translation>שרת הדואר לא קיבל את ההודעה; דבר לא נשלח ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the address “{address}”</source>
        <translation>שרת הדואר דחה את הכתובת „{address}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server refused the message ({code}); nothing was sent</source>
        <translation>שרת הדואר דחה את ההודעה ({code}); דבר לא נשלח</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the user name or password; check the e-mail settings</source>
        <translation>שרת הדואר דחה את שם המשתמש או את הסיסמה; בדקו את הגדרות הדוא&quot;ל</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wait after the debt notice must be at least {days} days (§13B2)</source>
        <translation>ההמתנה אחרי הודעת החוב חייבת להיות {days} ימים לפחות (סעיף 13ב2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown connection security “{security}”</source>
        <translation>סוג אבטחה לא מוכר „{security}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown ladder level “{level}”</source>
        <translation>שלב לא מוכר בסולם הגבייה „{level}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown message kind “{kind}”</source>
        <translation>סוג הודעה לא מוכר „{kind}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be from 1 to 65535</source>
        <translation>{field} חייב להיות בין 1 ל־65535</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: enter the mail server&apos;s name</source>
        <translation>{field}: הזינו את שם שרת הדואר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: “{value}” is not an e-mail address</source>
        <translation>{field}: „{value}” אינה כתובת דוא&quot;ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no e-mail address</source>
        <translation>ל{name} אין כתובת דוא&quot;ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} owes nothing on {day}</source>
        <translation>{name} אינו חייב דבר ב־{day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{address}” is not an e-mail address</source>
        <translation>„{address}” אינה כתובת דוא&quot;ל</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{phone}” is a landline, not a mobile number: it cannot receive WhatsApp or SMS messages</source>
        <translation>„{phone}” הוא מספר נייח ולא נייד: אי אפשר לשלוח אליו הודעות WhatsApp או SMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{phone}” is not a phone number</source>
        <translation>„{phone}” אינו מספר טלפון</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{phone}” is not an Israeli phone number (it should start with 0 or +972)</source>
        <translation>„{phone}” אינו מספר טלפון ישראלי (עליו להתחיל ב־0 או ב־‎+972)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail server</source>
        <translation>שרת דואר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>פורט</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>כתובת השולח</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program on this computer opens this kind of link</source>
        <translation>אין במחשב זה תוכנה שפותחת קישור מסוג זה</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of entry “{value}”</source>
        <translation>סוג רישום לא מוכר: &quot;{value}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown direction “{value}”</source>
        <translation>כיוון לא מוכר: &quot;{value}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown outcome “{value}”</source>
        <translation>תוצאה לא מוכרת: &quot;{value}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown reason for not paying “{value}”</source>
        <translation>סיבת אי-תשלום לא מוכרת: &quot;{value}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry&apos;s day {day} is in the future</source>
        <translation>תאריך הרישום {day} הוא בעתיד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry&apos;s time {time} is later than now</source>
        <translation>שעת הרישום {time} עוד לא הגיעה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promise to pay needs both an amount and a date</source>
        <translation>להבטחת תשלום יש להזין גם סכום וגם תאריך</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry with a promise to pay has the outcome “promised”</source>
        <translation>ברישום עם הבטחת תשלום התוצאה היא &quot;הבטיח לשלם&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promise date {day} is in the past</source>
        <translation>תאריך ההבטחה {day} כבר עבר</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up date {day} is before the day of the entry ({entry_day})</source>
        <translation>תאריך המעקב {day} מוקדם מתאריך הרישום ({entry_day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry of the log no longer exists</source>
        <translation>רישום זה ביומן הקשר כבר אינו קיים</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry written by the app cannot be corrected by hand; correct the record behind it</source>
        <translation>רישום שהתוכנה יצרה בעצמה אי אפשר לתקן ידנית; יש לתקן את הרשומה שממנה נוצר</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That entry was already corrected; correct its newest version</source>
        <translation>רישום זה כבר תוקן; יש לתקן את הגרסה העדכנית שלו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grace days of a promise to pay must be between 0 and {limit}</source>
        <translation>ימי החסד של הבטחת תשלום חייבים להיות בין 0 ל-{limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is on stop credit: a new invoice needs the owner&apos;s override</source>
        <translation>האשראי של {name} חסום: חשבונית חדשה מחייבת אישור מיוחד של בעל העסק</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This invoice takes {name} to {exposure}, {over} over the credit limit of {limit}; it needs the owner&apos;s override</source>
        <translation>חשבונית זו מעלה את החוב של {name} ל-{exposure}, {over} מעל מסגרת האשראי של {limit}; נדרש אישור מיוחד של בעל העסק</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was handed over to {to} on {day}: letters asking for payment go through them now (a statement of account can still be made)</source>
        <translation>הטיפול בחוב של {name} הועבר ל-{to} ב-{day}: מכתבי דרישת תשלום נשלחים מעתה דרכם (עדיין אפשר להפיק דף מצב חשבון)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover date {day} is in the future</source>
        <translation>תאריך ההעברה {day} הוא בעתיד</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was already handed over to {to} on {day}</source>
        <translation>הטיפול בחוב של {name} כבר הועבר ל-{to} ב-{day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not handed over</source>
        <translation>הטיפול בחוב של {name} לא הועבר לגורם חיצוני</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over to</source>
        <translation>הועבר לטיפול של</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date</source>
        <translation>תאריך ההעברה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise amount</source>
        <translation>סכום ההבטחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise date</source>
        <translation>תאריך ההבטחה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date</source>
        <translation>תאריך מעקב</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>The period ends before it starts</source>
        <translation>התקופה מסתיימת לפני שהיא מתחילה</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cheques were deposited in that period</source>
        <translation>לא הופקדו שיקים בתקופה זו</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the deposits, or give --from and --to</source>
        <translation>יש לציין את ההפקדות, או את --from ואת --to</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Account {account} has returned cheques in the register ({count}) and was never checked against the Bank of Israel&apos;s restricted accounts</source>
        <translation>לחשבון {account} יש שיקים חוזרים בפנקס ({count}), והוא מעולם לא נבדק מול רשימת החשבונות המוגבלים של בנק ישראל</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account {account} has returned cheques in the register ({count}); it was last checked against the Bank of Israel&apos;s restricted accounts on {day}</source>
        <translation>לחשבון {account} יש שיקים חוזרים בפנקס ({count}); הוא נבדק לאחרונה מול רשימת החשבונות המוגבלים של בנק ישראל ב-{day}</translation>
    </message>
    <message>
        <location line="-493"/>
        <source>A sample shop has between 1 and {most} of each; {count} is not</source>
        <translation>בחנות לדוגמה יש בין 1 ל-{most} מכל סוג; {count} אינו מספר מתאים</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the workbook is too large to import (over {limit} MB unpacked)</source>
        <translation>חוברת העבודה גדולה מדי לייבוא (יותר מ-{limit} MB אחרי פריסה)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook has {rows} rows; at most {limit} can be imported at once: split it into smaller files</source>
        <translation>בחוברת העבודה יש {rows} שורות; אפשר לייבא לכל היותר {limit} בבת אחת: יש לפצל אותה לקבצים קטנים יותר</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text “{text}” reads as garbage: the file is not UTF-8, Windows Hebrew or Windows Arabic text; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>הטקסט &quot;{text}&quot; נקרא כג׳יבריש: הקובץ אינו טקסט בקידוד UTF-8, עברית של Windows או ערבית של Windows; יש לפתוח את הקובץ ב-Excel ולשמור אותו כקובץ xlsx או כקובץ CSV UTF-8</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>This shop file already holds a shop (business details or records): the sample shop goes into a new file</source>
        <translation>בקובץ הזה כבר יש חנות (פרטי העסק או רשומות): החנות לדוגמה נוצרת בקובץ חדש</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field} must be on one line</source>
        <translation>שדה {field} חייב להיות בשורה אחת</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../arapp/ui/ledger/void_dialog.py" line="+87"/>
        <source>Void</source>
        <translation>ביטול רשומה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voiding keeps the record, marked void, and re-opens or re-applies the money it touched. It cannot be undone.</source>
        <translation>הרשומה המבוטלת לא נמחקת: היא נשארת במערכת ומסומנת כמבוטלת, והסכומים שהיו קשורים אליה נפתחים מחדש או משויכים מחדש. אי אפשר לחזור מפעולה זו.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;סיבת הביטול (חובה):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void</source>
        <translation>&amp;ביטול הרשומה</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it</source>
        <translation>&amp;השארת הרשומה</translation>
    </message>
</context>
<context>
    <name>_ChequesDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-156"/>
        <source>Cheque %1 of %2, %3, dated %4</source>
        <translation>שיק %1 מחשבון %2, %3, לתאריך %4</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n cheque(s), total %1</source>
        <translation>
            <numerusform>%n שיק, סה״כ %1</numerusform>
            <numerusform>%n שיקים, סה״כ %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="-228"/>
        <source>plan %1 (version %2)</source>
        <translation>הסדר %1 (גרסה %2)</translation>
    </message>
</context>
</TS>
