<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../arapp/ui/aging/aging_model.py" line="+91"/>
        <source>Code</source>
        <extracomment>Model column → AgingRow field, for the seven money columns after code and name. The customer&apos;s id on every customer row (None on the totals row). The cell&apos;s value as data: ``Decimal`` for money, ``str`` for code and name.</extracomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>لم يستحق بعد</translation>
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
        <translation>رصيد دائن</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <location filename="../arapp/ui/aging/aging_view.py" line="+201"/>
        <source>As of</source>
        <extracomment>A date typed digit by digit starts one report, not eight.</extracomment>
        <translation>كما في تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>تصدير إلى CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Aging report</source>
        <translation>تقرير أعمار الديون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The report failed: %1</source>
        <translation>تعذّر إعداد التقرير: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>covered by cheques in hand %1 · uncovered %2</source>
        <translation>مغطّى بشيكات بحوزتنا %1 · غير مغطّى %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export CSV</source>
        <translation>تصدير إلى CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ملفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aging %1</source>
        <translation>أعمار الديون %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Exported to %1</source>
        <translation>صُدِّر التقرير إلى الملف %1</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>%n customer(s) · total %1 · overdue %2</source>
        <translation>
            <numerusform>%n زبون · المجموع %1 · المتأخر %2</numerusform>
            <numerusform>%n زبون · المجموع %1 · المتأخر %2</numerusform>
            <numerusform>%n زبائن · المجموع %1 · المتأخر %2</numerusform>
            <numerusform>%n زبائن · المجموع %1 · المتأخر %2</numerusform>
            <numerusform>%n زبونًا · المجموع %1 · المتأخر %2</numerusform>
            <numerusform>%n زبون · المجموع %1 · المتأخر %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <location filename="../arapp/ui/plans/agreement_page.py" line="+136"/>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read the agreement through with the customer. It is printed in the language chosen here.</source>
        <translation>راجِع الاتفاقية مع الزبون بندًا بندًا. تُطبع الاتفاقية باللغة التي تختارها هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement &amp;language:</source>
        <translation>&amp;لغة الاتفاقية:</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location line="-53"/>
        <source>The agreement could not be made.</source>
        <translation>تعذّر إعداد الاتفاقية.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../arapp/ui/app.py" line="+254"/>
        <source>Restored</source>
        <translation>تمّت الاستعادة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop was restored from %1. The shop as it was is kept as %2.</source>
        <translation>تمّت استعادة المحل من النسخة %1. وحُفظت نسخة من المحل كما كان قبل الاستعادة باسم %2.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../arapp/ui/ops/long_op.py" line="+116"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>BackupRestore</name>
    <message>
        <location filename="../arapp/ui/shell/backup_restore.py" line="+37"/>
        <source>Back up the shop into…</source>
        <translation>حفظ النسخة الاحتياطية في المجلد…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup written</source>
        <translation>تم حفظ النسخة الاحتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop was copied to %1. Keep a copy away from this computer too.</source>
        <translation>تم نسخ المحل إلى %1. يُستحسن الاحتفاظ بنسخة خارج هذا الحاسوب أيضًا.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>arapp backups (*.sqlite3);;All files (*)</source>
        <translation>نسخ arapp الاحتياطية (*.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Replace everything in the shop with the backup %1?</source>
        <translation>هل تريد استبدال كل بيانات المحل بالنسخة الاحتياطية %1؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was recorded after that backup was made will no longer show. The shop as it is now is kept as a copy beside the shop file. Open windows are closed and the shop opens again.</source>
        <translation>كل ما سُجّل بعد إنشاء هذه النسخة لن يظهر بعد الآن. ستُحفظ نسخة من المحل بوضعه الحالي بجانب ملف المحل. ستُغلق النوافذ المفتوحة ثم يُفتح المحل من جديد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/backups_page.py" line="+89"/>
        <source>none yet</source>
        <translation>لا يوجد بعد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The second backup folder must be a full path, such as E:\Backups.</source>
        <translation>يجب أن يكون مجلد النسخ الاحتياطية الثاني مسارًا كاملًا، مثل E:\Backups.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Second backup folder</source>
        <translation>مجلد النسخ الاحتياطية الثاني</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>arapp backs up the shop on the first start of each day and again when it closes. Each backup is checked before it is kept; only you can read them.</source>
        <translation>يحفظ arapp نسخة احتياطية من المحل عند أول تشغيل في كل يوم، ومرة أخرى عند إغلاقه. تُفحص كل نسخة قبل حفظها، ولا يستطيع أحد غيرك قراءتها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in:</source>
        <translation>مكان الحفظ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest backup:</source>
        <translation>أحدث نسخة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daily backups to keep:</source>
        <translation>عدد النسخ ال&amp;يومية المحفوظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly backups to keep:</source>
        <translation>عدد النسخ ال&amp;شهرية المحفوظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second folder:</source>
        <translation>المجلد ال&amp;ثاني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>اخ&amp;تيار…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A USB stick or a folder that syncs to the cloud gets a copy of every backup, so a broken or stolen computer does not take the shop with it. Leave empty for none.</source>
        <translation>تُحفظ نسخة من كل نسخة احتياطية في ذاكرة USB أو في مجلد متزامن مع السحابة، فلا يضيع المحل إذا تعطّل الحاسوب أو سُرق. اتركه فارغًا إن لم ترد ذلك.</translation>
    </message>
</context>
<context>
    <name>BreachDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="+82"/>
        <source>Breach (acceleration)</source>
        <translation>إخلال (تعجيل الاستحقاق)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoke the acceleration clause of %1 for %2?</source>
        <translation>هل تريد تفعيل بند تعجيل الاستحقاق في %1 للزبون %2؟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The installment due %1 is %2 days late (the plan allows %3).</source>
        <translation>القسط المستحق في %1 متأخر %2 يومًا (تسمح الخطة بـ %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• Every unpaid installment falls due today.</source>
        <translation>• تستحق اليوم جميع الأقساط غير المدفوعة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• The interest of installments not yet due is waived.</source>
        <translation>• يُعفى الزبون من فائدة الأقساط التي لم يحن موعدها بعد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• Installments a cheque in hand pays keep their dates and cheques.</source>
        <translation>• الأقساط التي يسددها شيك بحوزتنا تبقى في مواعيدها ومع شيكاتها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The customer may then get collection letters for what is overdue, as for any late debt.</source>
        <translation>• قد تصل الزبون بعد ذلك رسائل تحصيل عن المبلغ المتأخر، كما في أي دين متأخر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• This cannot be undone.</source>
        <translation>• لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Accelerate the plan</source>
        <translation>&amp;تعجيل الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
</context>
<context>
    <name>BusinessForm</name>
    <message>
        <location filename="../arapp/ui/settings/business_form.py" line="+94"/>
        <source>Business &amp;name:</source>
        <translation>اسم ال&amp;محل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration no.:</source>
        <translation>&amp;رقم التسجيل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>اله&amp;واتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank details:</source>
        <translation>بيانات الحساب ال&amp;بنكي:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bit / PayBo&amp;x number:</source>
        <translation>رقم &amp;Bit / PayBox:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Card payments by phone:</source>
        <translation>الدفع ب&amp;بطاقة الائتمان عبر الهاتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening &amp;hours:</source>
        <translation>&amp;ساعات العمل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner&apos;s name:</source>
        <translation>اسم الما&amp;لك:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logo:</source>
        <translation>ال&amp;شعار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signature:</source>
        <translation>التو&amp;قيع:</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="+93"/>
        <source>Your business</source>
        <translation>بيانات المحل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters and statements print these details. Only the name is required; you can fill in the rest later.</source>
        <translation>تُطبع هذه البيانات على الرسائل وكشوف الحساب. اسم المحل وحده إلزامي، ويمكنك إكمال الباقي لاحقًا.</translation>
    </message>
</context>
<context>
    <name>BusinessSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/business_page.py" line="+68"/>
        <source>The business needs a name: letters print it at the top.</source>
        <translation>يجب إدخال اسم المحل، فهو يُطبع في أعلى كل رسالة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letters and statements print these details.</source>
        <translation>تُطبع هذه البيانات على الرسائل وكشوف الحساب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
</context>
<context>
    <name>CancelPlanDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="+34"/>
        <source>Cancel the plan</source>
        <translation>إلغاء خطة التقسيط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel %1 for %2?</source>
        <translation>هل تريد إلغاء %1 للزبون %2؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The unpaid installments stay open as ordinary items with their own due dates; the balance does not change. The plan and its agreement are kept, marked cancelled. It cannot be undone.</source>
        <translation>تبقى الأقساط غير المدفوعة مفتوحة كبنود عادية، لكلٍّ منها تاريخ استحقاقه؛ ولا يتغير الرصيد. تُحفظ الخطة واتفاقيتها مع وسمهما بأنهما ملغاتان. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;سبب الإلغاء (إلزامي):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the plan</source>
        <translation>إل&amp;غاء الخطة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keep the plan</source>
        <translation>إب&amp;قاء الخطة</translation>
    </message>
</context>
<context>
    <name>CaseFileExport</name>
    <message>
        <location filename="../arapp/ui/customers/case_file_export.py" line="+24"/>
        <source>Export case file</source>
        <translation>تصدير ملف القضية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ملفات ZIP (*.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case file exported</source>
        <translation>تم تصدير ملف القضية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case file was saved as %1</source>
        <translation>تم حفظ ملف القضية باسم %1</translation>
    </message>
</context>
<context>
    <name>ChargeFeeDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="+368"/>
        <source>Charge the returned cheque&apos;s fee</source>
        <translation>تحميل عمولة الشيك المرتجع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank fee</source>
        <translation>عمولة البنك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee date</source>
        <translation>تاريخ التحميل</translation>
    </message>
</context>
<context>
    <name>ChequeFields</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_form.py" line="+144"/>
        <source>Cheque</source>
        <extracomment>Field name (as :class:`ChequeInput` and the core&apos;s refusals name it) → longest input.</extracomment>
        <translation>شيك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque no.</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer&apos;s name</source>
        <translation>اسم الساحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer&apos;s ID</source>
        <translation>هوية الساحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorser&apos;s name</source>
        <translation>اسم المظهِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorser&apos;s ID</source>
        <translation>هوية المظهِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsements</source>
        <translation>عدد التظهيرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 digits</source>
        <translation>رقمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 digits</source>
        <translation>3 أرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to 9 digits</source>
        <translation>حتى 9 أرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn by someone else (not the customer)</source>
        <translation>مسحوب من شخص آخر (ليس الزبون)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endorsed to the shop</source>
        <translation>مظهَّر للمحل</translation>
    </message>
</context>
<context>
    <name>ChequeTable</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_table.py" line="+31"/>
        <source>The customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · fee %2</source>
        <translation>%1 · عمولة %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cheque no.</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank-branch-account</source>
        <translation>بنك-فرع-حساب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date on the cheque</source>
        <translation>تاريخ الشيك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawer</source>
        <translation>الساحب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pays</source>
        <translation>يسدّد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>ChequesPage</name>
    <message>
        <location filename="../arapp/ui/plans/cheques_page.py" line="+168"/>
        <location line="+5"/>
        <source>Cheque %1: %2</source>
        <extracomment>The columns that make a row a cheque: a row with all of them empty is no cheque. How many problems the page lists at once (the rest follow once these are fixed).</extracomment>
        <translation>الشيك %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>…and %1 more.</source>
        <translation>…و%1 غيرها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cheque %1: the amount %2 is not the installment&apos;s %3.</source>
        <translation>الشيك %1: المبلغ %2 لا يساوي مبلغ القسط %3.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the first cheque (bank, branch, account and number), then fill down.</source>
        <translation>أدخل الشيك الأول (البنك والفرع والحساب ورقم الشيك)، ثم املأ باقي الصفوف.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Down payment</source>
        <translation>الدفعة الأولى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment %1</source>
        <translation>القسط %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 installments with a cheque.</source>
        <translation>%1 من أصل %2 أقساط مغطّاة بشيك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheques</source>
        <translation>الشيكات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the post-dated cheques the customer hands over, one row per installment. Leave a row empty for an installment paid without a cheque.</source>
        <translation>أدخل الشيكات المؤجّلة التي يسلّمها الزبون، صفًّا لكل قسط. اترك الصف فارغًا إذا كان القسط سيُدفع بغير شيك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cheque for the down payment too</source>
        <translation>شيك للدفعة الأولى أيضًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill down from the first row</source>
        <translation>&amp;ملء الصفوف من الصف الأول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same bank, branch, account and drawer; consecutive cheque numbers; the installments&apos; dates and amounts.</source>
        <translation>البنك والفرع والحساب والساحب نفسها، وأرقام شيكات متتالية، وتواريخ الأقساط ومبالغها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the cheques</source>
        <translation>مسح الشيكات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <translation>مقابل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank</source>
        <translation>البنك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque no.</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer (if not the customer)</source>
        <translation>ساحب الشيك (إن لم يكن الزبون)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drawer&apos;s ID</source>
        <translation>هوية الساحب</translation>
    </message>
</context>
<context>
    <name>ChequesPanel</name>
    <message>
        <location filename="../arapp/ui/cheques/cheques_view.py" line="+221"/>
        <source>selected %1 · %2</source>
        <translation>المحدد %1 · %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cheque replaced</source>
        <translation>استُبدل الشيك</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>To deposit</source>
        <translation>للإيداع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited, not cleared</source>
        <translation>مودعة، لم تُصرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>مرتجعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In hand (post-dated)</source>
        <translation>بحوزتنا (مؤجلة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deposit…</source>
        <translation>إ&amp;يداع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit the selected cheques as one batch</source>
        <translation>إيداع الشيكات المحددة دفعة واحدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cle&amp;ared…</source>
        <translation>&amp;صُرفت…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give &amp;back…</source>
        <translation>رُدّ للز&amp;بون…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge &amp;the fee…</source>
        <translation>ت&amp;حميل العمولة…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Returned…</source>
        <translation>مرتج&amp;ع…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Charge the bank&apos;s fee for a returned cheque now (for a consumer: 14 days after the debt notice)</source>
        <translation>تحميل الزبون عمولة البنك على شيك مرتجع (للمستهلك: بعد 14 يومًا من إشعار الدين)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Replace (ca&amp;sh or cheque)…</source>
        <translation>استبدال (بن&amp;قد أو بشيك)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the cheque with cash or with another cheque</source>
        <translation>استبدال الشيك بالنقد أو بشيك آخر</translation>
    </message>
    <message numerus="yes">
        <location line="-112"/>
        <source>%n cheque(s) · total %1</source>
        <translation>
            <numerusform>%n شيك · المجموع %1</numerusform>
            <numerusform>%n شيك · المجموع %1</numerusform>
            <numerusform>%n شيكات · المجموع %1</numerusform>
            <numerusform>%n شيكات · المجموع %1</numerusform>
            <numerusform>%n شيكًا · المجموع %1</numerusform>
            <numerusform>%n شيك · المجموع %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Search: cheque no., bank-branch, account, drawer, customer</source>
        <translation>بحث: رقم الشيك، البنك-الفرع، الحساب، الساحب، الزبون</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dep&amp;osit list…</source>
        <translation>&amp;كشف الإيداع…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash flo&amp;w forecast…</source>
        <translation>ت&amp;وقّع التدفق النقدي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money expected from cheques and installments, per week and per month</source>
        <translation>الأموال المتوقع دخولها من الشيكات والأقساط، حسب الأسبوع وحسب الشهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the list of the cheques deposited on a day, for the bank</source>
        <translation>طباعة كشف الشيكات المودعة في يوم معيّن، للبنك</translation>
    </message>
</context>
<context>
    <name>ClearDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-181"/>
        <source>Cheques cleared</source>
        <translation>شيكات صُرفت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared on</source>
        <translation>صُرفت بتاريخ</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../arapp/ui/customers/card_parts.py" line="+88"/>
        <source>Not yet due</source>
        <translation>لم يستحق بعد</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 days</source>
        <extracomment>Aging buckets in reading order (AgingRow field names).</extracomment>
        <translation>%1 يومًا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit</source>
        <translation>رصيد دائن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+110"/>
        <source>Void: %1</source>
        <translation>ملغى: %1</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Disputed</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly paid</source>
        <translation>مدفوع جزئيًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+62"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open</source>
        <translation>المبلغ المتبقي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>credit %1</source>
        <translation>رصيد دائن %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applied to</source>
        <translation>التخصيص للفواتير</translation>
    </message>
    <message>
        <location filename="../arapp/ui/customers/card_letters.py" line="+97"/>
        <source>registered mail %1</source>
        <translation>بريد مسجّل رقم %1</translation>
    </message>
    <message>
        <location filename="../arapp/ui/customers/customer_card.py" line="+256"/>
        <source>%1 — customer card</source>
        <translation>%1 — بطاقة الزبون</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop credit</source>
        <translation>إيقاف الائتمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over credit limit</source>
        <translation>تجاوز سقف الائتمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned cheques: %1</source>
        <translation>شيكات مرتجعة: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Balance: %1</source>
        <translation>الرصيد: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debt %1 · covered by cheques in hand %2 · uncovered %3</source>
        <translation>الدين %1 · مغطّى بشيكات بحوزتنا %2 · غير مغطّى %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code: %1</source>
        <translation>الرمز: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email: %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID: %1</source>
        <translation>رقم الهوية: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms: %1 days</source>
        <translation>شروط الدفع: %1 يومًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit limit: %1</source>
        <translation>سقف الائتمان: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Void invoice %1 of %2, %3?</source>
        <translation>هل تريد إلغاء الفاتورة %1 بتاريخ %2 بمبلغ %3؟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Void the payment of %1 from %2?</source>
        <translation>هل تريد إلغاء الدفعة بمبلغ %1 بتاريخ %2؟</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Print letter</source>
        <translation>طباعة رسالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters are not available in this version.</source>
        <translation>الرسائل غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New &amp;invoice (Ctrl+I)</source>
        <translation>فاتورة &amp;جديدة (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payment (Ctrl+P)</source>
        <translation>تسجيل &amp;دفعة (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New pla&amp;n… (Ctrl+Shift+P)</source>
        <translation>&amp;خطة جديدة… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up an installment plan for this customer</source>
        <translation>إعداد خطة تقسيط لهذا الزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void selected…</source>
        <translation>إل&amp;غاء القيد المحدد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;letter… (Ctrl+L)</source>
        <translation>طباعة &amp;رسالة… (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit customer… (Ctrl+E)</source>
        <translation>&amp;تعديل الزبون… (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;confirmation…</source>
        <translation>&amp;تأكيد استلام دفعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport case file…</source>
        <translation>تصدير مل&amp;ف القضية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More a&amp;ctions</source>
        <translation>إجراءات &amp;أخرى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void, payment confirmation, hand over, case file</source>
        <translation>إلغاء قيد، تأكيد استلام دفعة، تحويل الملف، تصدير ملف القضية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One ZIP for a lawyer or agency: statement, letters sent, contact log, agreements and cheques</source>
        <translation>ملف ZIP واحد للمحامي أو شركة التحصيل: كشف الحساب، والرسائل المُرسلة، وسجل الاتصالات، والاتفاقيات والشيكات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show paid and void invoices</source>
        <translation>عرض الفواتير المدفوعة والملغاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show void payments</source>
        <translation>عرض الدفعات الملغاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plans</source>
        <translation>خطط التقسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheques</source>
        <translation>الشيكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters sent</source>
        <translation>الرسائل المرسلة</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Handed over to %1 on %2</source>
        <translation>حُوِّل الملف إلى %1 في %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Take the file &amp;back…</source>
        <translation>ا&amp;سترجاع الملف…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hand over…</source>
        <translation>تحويل ال&amp;ملف…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand the file to a lawyer or a collection agency</source>
        <translation>تحويل الملف إلى محامٍ أو شركة تحصيل</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Lo&amp;g contact… (Ctrl+K)</source>
        <translation>تسجيل توا&amp;صل… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log a call, message, visit or note, with a promise or a follow-up</source>
        <translation>تسجيل مكالمة أو رسالة أو زيارة أو ملاحظة، مع وعد بالدفع أو موعد متابعة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../arapp/ui/customers/customer_dialog.py" line="+242"/>
        <source>New customer</source>
        <translation>زبون جديد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer</source>
        <translation>تعديل بيانات الزبون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones:</source>
        <translation>اله&amp;واتف:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;ID / company no.:</source>
        <translation>رقم ال&amp;هوية / الشركة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit &amp;limit:</source>
        <translation>&amp;سقف الائتمان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;مهلة الدفع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter lan&amp;guage:</source>
        <translation>&amp;لغة الرسائل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;type:</source>
        <translation>&amp;نوع الزبون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No limit</source>
        <translation>بلا سقف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumer (private person)</source>
        <translation>مستهلك (شخص عادي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>مصلحة تجارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop credit: no new sales on credit</source>
        <translation>إي&amp;قاف الدين: لا بيع جديد بالدين</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../arapp/ui/customers/customers_model.py" line="+190"/>
        <source>Code</source>
        <extracomment>Rows per query: a screenful many times over, small enough to load in a few ms. Columns the owner can sort by clicking the header → CustomerQuery.sort. Below this share of items paid on time the list shows the share in red. Role holding the customer&apos;s id.</extracomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on time</source>
        <translation>الدفع في الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Stop credit</source>
        <translation>إيقاف الائتمان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over limit</source>
        <translation>تجاوز السقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handed over</source>
        <translation>محوَّل للتحصيل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broke a promise</source>
        <translation>أخلف وعدًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned cheque</source>
        <translation>شيك مرتجع</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <location filename="../arapp/ui/customers/customers_view.py" line="+354"/>
        <source>Customers: %1</source>
        <extracomment>First click on a column sorts the way an owner means it: names A→Z, biggest debt first, most days late first. A second click reverses.</extracomment>
        <translation>الزبائن: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers</source>
        <translation>الزبائن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New customer…</source>
        <translation>زبون &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer… (Ctrl+N)</source>
        <translation>زبون جديد… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit customer…</source>
        <translation>&amp;تعديل الزبون…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open card</source>
        <translation>&amp;فتح البطاقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, code, phone or ID number (Ctrl+F)</source>
        <translation>البحث بالاسم أو الرمز أو الهاتف أو رقم الهوية (Ctrl+F)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;تسجيل تواصل…</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-70"/>
        <source>Deposit cheques</source>
        <extracomment>Open the day&apos;s deposit list once deposited, to print it for the bank.</extracomment>
        <translation>إيداع شيكات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit date</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Into the shop&apos;s bank account (optional)</source>
        <translation>في حساب المحل البنكي (اختياري)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deposit before the date?</source>
        <translation>الإيداع قبل التاريخ؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These cheques are dated after the deposit date: %1. The bank may return a cheque deposited before its date. Deposit them anyway?</source>
        <translation>هذه الشيكات مؤرخة بعد تاريخ الإيداع: %1. قد يُرجع البنك شيكًا أُودع قبل تاريخه. هل تريد إيداعها رغم ذلك؟</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Then show the deposit list, to print for the bank</source>
        <translation>ثم عرض كشف الإيداع لطباعته للبنك</translation>
    </message>
</context>
<context>
    <name>DepositListDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/deposit_list_dialog.py" line="+114"/>
        <source>Print the deposit list</source>
        <translation>طباعة كشف الإيداع</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the deposit list as PDF</source>
        <translation>حفظ كشف الإيداع كملف PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cheque deposit list</source>
        <translation>كشف إيداع شيكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited from</source>
        <translation>أودعت من تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the list</source>
        <translation>لغة الكشف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>EmailLetterDialog</name>
    <message>
        <location filename="../arapp/ui/messages/email_dialog.py" line="+78"/>
        <source>No letter was kept for this customer yet.</source>
        <translation>لم تُحفظ بعدُ أيّ رسالة لهذا الزبون.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>E-mail a letter</source>
        <translation>إرسال رسالة بالبريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>إلى:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter goes as the PDF that was printed, attached.</source>
        <translation>تُرفق الرسالة بصيغة PDF كما طُبعت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
</context>
<context>
    <name>EmailSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/email_page.py" line="+127"/>
        <source>arapp: test message</source>
        <translation>arapp: رسالة تجريبية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail settings work.</source>
        <translation>إعدادات البريد الإلكتروني تعمل.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent. Look for it in the inbox of %1.</source>
        <translation>أُرسلت. ابحث عنها في صندوق الوارد لـ %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letters go by e-mail through your own mail server. Your e-mail provider gives these details (for Gmail: smtp.gmail.com, port 587, STARTTLS, and an app password).</source>
        <translation>تُرسَل الرسائل بالبريد الإلكتروني عبر خادم البريد الخاص بك. يزوّدك مزوّد البريد بهذه التفاصيل (في Gmail:‏ smtp.gmail.com، المنفذ 587، STARTTLS، وكلمة مرور للتطبيقات).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail &amp;server:</source>
        <translation>&amp;خادم البريد:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Security:</source>
        <translation>ال&amp;حماية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>اسم ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender &amp;address:</source>
        <translation>&amp;عنوان المرسِل:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادةً المنفذ 587)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (عادةً المنفذ 465)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a local server only)</source>
        <translation>بدون (لخادم محلي فقط)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a &amp;test message</source>
        <translation>إرسال رسالة &amp;تجريبية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is kept in the shop file on this computer, like the other settings; it is never written to the log.</source>
        <translation>تُحفظ كلمة المرور في ملف المحل على هذا الحاسوب مثل سائر الإعدادات، ولا تُكتب أبدًا في السجل.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../arapp/ui/app.py" line="-137"/>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong in arapp. What you saved before is safe; the last action may not have been completed.</source>
        <translation>حدث خطأ في arapp. البيانات التي حفظتها سابقًا سليمة، لكن ربما لم يكتمل الإجراء الأخير.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details were written to %1.</source>
        <translation>حُفظت التفاصيل في الملف %1.</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <location filename="../arapp/ui/importing/import_form.py" line="+68"/>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.csv *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>لم يتم اختيار ملف</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../arapp/ui/plans/finish_page.py" line="+47"/>
        <source>Save and print</source>
        <translation>الحفظ والطباعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;حفظ كملف PDF…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="+109"/>
        <source>Set up arapp</source>
        <translation>إعداد arapp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/forecast_dialog.py" line="+139"/>
        <location line="+30"/>
        <location line="+37"/>
        <source>Cheques</source>
        <translation>الشيكات</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+30"/>
        <location line="+36"/>
        <source>Installments</source>
        <translation>الأقساط</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>From %1 to %2: cheques %3 + installments %4 = %5</source>
        <translation>من %1 حتى %2: شيكات %3 + أقساط %4 = %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+32"/>
        <source>From</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>To</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Export the forecast</source>
        <translation>تصدير التوقّع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>لم يُحفظ الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash-flow forecast</source>
        <translation>توقّع التدفق النقدي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Months</source>
        <translation>الأشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing expected in this period</source>
        <translation>لا يُتوقع دخول أموال في هذه الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>تصدير إلى CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>GiveBackDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="+148"/>
        <source>Give the cheque back</source>
        <translation>ردّ الشيك للزبون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given back on</source>
        <translation>رُدّ بتاريخ</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../arapp/ui/collection/handover_dialog.py" line="+52"/>
        <source>Hand over %1</source>
        <translation>تحويل ملف %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From that day the shop sends this customer no letters asking for payment: the lawyer or the agency collects. A statement can still be made.</source>
        <translation>من ذلك اليوم لا يرسل المحل إلى هذا الزبون رسائل مطالبة بالدفع، فالمحامي أو شركة التحصيل هو من يتولّى التحصيل. ويبقى بالإمكان إصدار كشف حساب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed &amp;over to:</source>
        <translation>&amp;حُوِّل إلى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer or collection agency</source>
        <translation>محامٍ أو شركة تحصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>بتاريخ:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the file back</source>
        <translation>استرجاع الملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take %1&apos;s file back from %2? The shop collects again.</source>
        <translation>استرجاع ملف %1 من %2؟ يعود التحصيل إلى المحل.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../arapp/ui/widgets/image_picker.py" line="+86"/>
        <location line="+37"/>
        <source>No image</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>This file is not a PNG or JPG image.</source>
        <translation>هذا الملف ليس صورة بصيغة PNG أو JPG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an image</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../arapp/ui/importing/import_dialog.py" line="+72"/>
        <source>%1 was not imported. Fix the file and press Import again.</source>
        <translation>لم يتم استيراد %1. صحّح الملف واضغط «استيراد» مجددًا.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import from Excel or CSV</source>
        <translation>استيراد من Excel أو CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../arapp/ui/importing/import_errors_dialog.py" line="+34"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing was imported</source>
        <translation>لم يتم استيراد أي بيانات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not imported: %2 problem(s) found. Fix them in the file and import it again; rows already in the shop are skipped.</source>
        <translation>لم يتم استيراد الملف %1: وُجدت فيه مشكلات (%2). صحّحها في الملف ثم استورده مجددًا؛ وسيتم تخطي الصفوف الموجودة مسبقًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy list</source>
        <translation>&amp;نسخ القائمة</translation>
    </message>
</context>
<context>
    <name>ImportFiles</name>
    <message>
        <location filename="../arapp/ui/importing/import_files.py" line="+43"/>
        <source>Customers</source>
        <translation>الزبائن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Importing</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1 from %2…</source>
        <translation>جارٍ استيراد %1 من الملف %2…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 added, %3 already there.</source>
        <translation>%1: تمت إضافة %2، و%3 موجودة مسبقًا.</translation>
    </message>
</context>
<context>
    <name>ImportFilesForm</name>
    <message>
        <location filename="../arapp/ui/importing/import_form.py" line="+6"/>
        <source>Choose one file of each kind you have. They are imported in this order: customers, invoices, payments.</source>
        <translation>اختر ملفًا واحدًا لكل نوع من البيانات المتوفرة لديك. يتم الاستيراد بهذا الترتيب: الزبائن، ثم الفواتير، ثم الدفعات.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The import was cancelled.</source>
        <translation>تم إلغاء الاستيراد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first row holds the column names, in Hebrew, Arabic or English. A file with a mistake imports nothing and lists every row to fix.</source>
        <translation>يحتوي الصف الأول على أسماء الأعمدة بالعبرية أو العربية أو الإنجليزية. إذا كان في الملف خطأ فلن يُستورد منه شيء، وستظهر قائمة بكل الصفوف التي يجب تصحيحها.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run_pages.py" line="+52"/>
        <source>%1 was not imported. Fix the file and press Finish again.</source>
        <translation>لم يتم استيراد %1. صحّح الملف واضغط «أنهِ» مجددًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from Excel or CSV</source>
        <translation>استيراد من Excel أو CSV</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../arapp/ui/ledger/invoice_dialog.py" line="+129"/>
        <source>The due date is before the invoice date.</source>
        <translation>تاريخ الاستحقاق يسبق تاريخ الفاتورة.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>الزبون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice &amp;number:</source>
        <translation>&amp;رقم الفاتورة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>تاريخ الا&amp;ستحقاق:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This customer is on stop credit.</source>
        <translation>الائتمان موقوف لهذا الزبون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer is over the credit limit.</source>
        <translation>هذا الزبون تجاوز سقف الائتمان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment terms: %1 days</source>
        <translation>شروط الدفع: %1 يومًا</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Credit control</source>
        <translation>مراقبة الائتمان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the invoice anyway? It is noted in the customer&apos;s log.</source>
        <translation>هل تضيف الفاتورة رغم ذلك؟ سيُسجَّل ذلك في سجل الزبون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add anyway</source>
        <translation>&amp;نعم، أضفها</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../arapp/ui/plans/items_page.py" line="+65"/>
        <source>Cover</source>
        <translation>مشمول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>المبلغ المتبقي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed: covered only if ticked</source>
        <translation>متنازع عليه: لا يُشمل إلا إذا حُدِّد</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Debt the plan covers: %1 (%2 of %3 items)</source>
        <translation>الدين المشمول بالخطة: %1 (%2 من أصل %3 مستندات)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This customer has nothing open to spread.</source>
        <translation>لا يوجد على هذا الزبون دين مفتوح لتقسيطه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one item for the plan to cover.</source>
        <translation>حدّد مستندًا واحدًا على الأقل لتشمله الخطة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the plan covers</source>
        <translation>ما تشمله الخطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new version covers what is left to pay of the plan it replaces.</source>
        <translation>تشمل النسخة الجديدة ما بقي للدفع من الخطة التي تحلّ محلّها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the items the plan spreads into installments. Disputed items are left out unless you tick them.</source>
        <translation>حدّد المستندات التي تقسّطها الخطة. المستندات المتنازع عليها لا تُشمل إلا إذا حدّدتها.</translation>
    </message>
</context>
<context>
    <name>KeptAgreementDialog</name>
    <message>
        <location filename="../arapp/ui/plans/kept_agreement.py" line="+62"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement %1 (version %2) — %3</source>
        <translation>الاتفاقية %1 (النسخة %2) — %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>scan: %1</source>
        <translation>المستند الممسوح: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 %1…</source>
        <translation>البصمة الرقمية SHA-256: %1…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print the agreement</source>
        <translation>طباعة الاتفاقية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed: %1 page(s) to %2.</source>
        <translation>طُبعت الاتفاقية على %2 (عدد الصفحات: %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the agreement as PDF</source>
        <translation>حفظ الاتفاقية كملف PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1.</source>
        <translation>حُفظت الاتفاقية في الملف %1.</translation>
    </message>
</context>
<context>
    <name>KeptLetterDialog</name>
    <message>
        <location filename="../arapp/ui/letters/kept_letter.py" line="+57"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>printed %1</source>
        <translation>طُبعت في %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved %1</source>
        <translation>حُفظت في %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded whether printed or saved</source>
        <translation>لم يُسجَّل إن كانت قد طُبعت أو حُفظت</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Printed again: %1 page(s) to %2.</source>
        <translation>أُعيدت طباعة الرسالة (%1 صفحة) على %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to %1.</source>
        <translation>حُفظت الرسالة في الملف %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../arapp/ui/i18n/labels.py" line="+19"/>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>بطاقة ائتمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>حوالة بنكية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bit / PayBox</source>
        <translation>بيت / بايبوكس</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/labels.py" line="+63"/>
        <location filename="../arapp/ui/i18n/labels.py" line="+1"/>
        <location line="+64"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../arapp/ui/i18n/labels.py" line="-60"/>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <location filename="../arapp/ui/i18n/labels.py" line="+1"/>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved into an installment plan</source>
        <translation>نُقل إلى خطة تقسيط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>رسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment</source>
        <translation>قسط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Friendly reminder</source>
        <translation>تذكير ودي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt notice</source>
        <translation>إشعار بوجود دين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder</source>
        <translation>تذكير ثانٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before legal action</source>
        <translation>إنذار قبل اتخاذ إجراءات قانونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement offer</source>
        <translation>عرض لتسوية الدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>كشف حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover to a lawyer</source>
        <translation>تحويل إلى محامٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation</source>
        <translation>تأكيد استلام دفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment agreement</source>
        <translation>اتفاقية تقسيط دين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <extracomment>arapp.core.services.plan_records.PLAN_STATUSES</extracomment>
        <translation>سارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accelerated (breached)</source>
        <translation>معجّلة الاستحقاق (إخلال)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <extracomment>arapp.core.services.plan_records.INSTALLMENT_STATUSES</extracomment>
        <translation>بانتظار الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>مدفوع جزئيًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In hand</source>
        <extracomment>arapp.core.cheques.STATUSES</extracomment>
        <translation>بحوزتنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited</source>
        <translation>مودَع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>صُرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given back</source>
        <translation>أُعيد للزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>استُبدل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Insufficient funds</source>
        <extracomment>arapp.core.cheques.RETURN_REASONS: the bank&apos;s reason for returning a cheque</extracomment>
        <translation>رصيد غير كافٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account restricted</source>
        <translation>حساب مقيّد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account closed</source>
        <translation>حساب مغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop order</source>
        <translation>أمر إلغاء/إيقاف صرف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account attached</source>
        <translation>حساب محجوز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature does not match</source>
        <translation>التوقيع غير مطابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical fault</source>
        <translation>خلل فني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposited before its date</source>
        <translation>أودع قبل تاريخه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stale (over 6 months)</source>
        <translation>شيك متقادم (أكثر من 6 أشهر)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed on screen</source>
        <extracomment>arapp.core.services.plan_records.SIGNED_HOW</extracomment>
        <translation>وُقّعت على الشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on paper</source>
        <translation>وُقّعت على الورق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed</source>
        <translation>غير موقّعة</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Late: %1 days</source>
        <translation>متأخر: %1 يومًا</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/labels.py" line="-8"/>
        <source>Call</source>
        <extracomment>What happened: the kinds the owner logs, then the entries other records write.</extracomment>
        <translation>مكالمة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>اجتماع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment voided</source>
        <translation>أُلغيت دفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice voided</source>
        <translation>أُلغيت فاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plan made</source>
        <translation>أُنشئت خطة تقسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plan cancelled</source>
        <translation>أُلغيت خطة التقسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plan breached</source>
        <translation>أُخلّ بخطة التقسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque deposited</source>
        <translation>أُودع الشيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque returned</source>
        <translation>الشيك مرتجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque given back</source>
        <translation>أُعيد الشيك للزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque replaced</source>
        <translation>استُبدل الشيك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit overridden</source>
        <translation>تجاوز سقف الائتمان بموافقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over</source>
        <translation>حُوِّل للتحصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken back</source>
        <translation>استُرجع الملف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No direction</source>
        <translation>بلا اتجاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We contacted them</source>
        <translation>تواصلنا معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They contacted us</source>
        <translation>تواصل معنا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spoke with them</source>
        <translation>تحدثنا معه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised to pay</source>
        <translation>وعد بالدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes the debt</source>
        <translation>يعترض على الدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to pay</source>
        <translation>رفض الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>رقم خاطئ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Financial hardship</source>
        <extracomment>DESIGN &quot;Collection workflow&quot;: why a customer does not pay.</extracomment>
        <translation>ضائقة مالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost their job</source>
        <translation>فقد عمله</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes the bill</source>
        <translation>يعترض على الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot</source>
        <translation>نسي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <translation>يرفض الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be reached</source>
        <translation>لا يمكن الوصول إليه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returned cheque to handle</source>
        <extracomment>The Today list&apos;s kinds of work (arapp.core.tasks.TASK_KINDS).</extracomment>
        <translation>شيك مرتجع بانتظار المعالجة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise broken</source>
        <translation>وعد لم يُوفَ به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment late</source>
        <translation>قسط متأخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter due</source>
        <translation>رسالة مستحقة الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>متابعة مستحقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise due today</source>
        <translation>وعد يحين موعده اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment due today</source>
        <translation>قسط يستحق اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque to deposit</source>
        <translation>شيك للإيداع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <extracomment>A promise&apos;s state, which follows from the payments.</extracomment>
        <translation>قائم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>وُفي به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>لم يُوفَ به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly kept</source>
        <translation>وُفي به جزئيًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale over the credit limit</source>
        <extracomment>Why a sale on credit needed the owner&apos;s &quot;Add anyway&quot; (arapp.core.collection.kinds).</extracomment>
        <translation>بيع يتجاوز سقف الائتمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale despite stop credit</source>
        <translation>بيع رغم إيقاف الائتمان</translation>
    </message>
    <message>
        <location filename="../arapp/ui/i18n/labels.py" line="-31"/>
        <source>Bank fee, returned cheque %1</source>
        <translation>عمولة البنك، شيك مرتجع %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cheque returned: %1</source>
        <translation>شيك مرتجع: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cheque given back</source>
        <translation>أُعيد الشيك للزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cheque replaced</source>
        <translation>استُبدل الشيك</translation>
    </message>
</context>
<context>
    <name>LadderSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/ladder_page.py" line="+127"/>
        <source>The handover comes after the warning: keep the warning too.</source>
        <translation>التحويل إلى محامٍ يأتي بعد الإنذار: أبقِ الإنذار أيضًا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which letters the ladder proposes, and when. Letters due lists them; you decide which go.</source>
        <translation>أيّ رسائل يقترحها سُلَّم التحصيل ومتى. تظهر في قائمة الرسائل المستحقة، وأنت من يقرّر أيّها يُرسَل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consumers: the law (§13B2 of the Consumer Protection Law) requires a debt notice before any collection step, so it is always their first overdue letter. No reminder, collection message, warning or collection cost may follow until its wait is over (at least 14 days).</source>
        <translation>المستهلكون: يوجب القانون (البند 13ب2 من قانون حماية المستهلك) إرسال إشعار بوجود دين قبل أيّ إجراء تحصيل، ولذلك يكون دائمًا أول رسالة تأخير يتلقّونها. لا يجوز أن يتبعه تذكير أو رسالة تحصيل أو إنذار أو مصاريف تحصيل قبل انقضاء مهلته (14 يومًا على الأقل).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Businesses</source>
        <translation>المصالح التجارية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumers</source>
        <translation>المستهلكون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always, first</source>
        <translation>دائمًا، أولًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delays (days)</source>
        <translation>المُهَل (بالأيام)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Friendly reminder, days late:</source>
        <translation>تذكير ودّي، أيام التأخير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt notice, days late:</source>
        <translation>إشعار بوجود دين، أيام التأخير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder, days late:</source>
        <translation>تذكير ثانٍ، أيام التأخير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning, days late:</source>
        <translation>إنذار، أيام التأخير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait after the debt notice (at least 14):</source>
        <translation>المهلة بعد الإشعار بالدين (14 على الأقل):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait after the warning before the handover:</source>
        <translation>المهلة بعد الإنذار قبل التحويل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least days between two letters:</source>
        <translation>أقلّ عدد أيام بين رسالتين:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause after a payment:</source>
        <translation>التوقّف بعد دفعة:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the &amp;defaults</source>
        <translation>استعادة ال&amp;قيم الافتراضية</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="-161"/>
        <source>Welcome to arapp</source>
        <translation>مرحبًا بك في arapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language of the app. You can change it later.</source>
        <translation>اختر لغة البرنامج. يمكنك تغييرها لاحقًا.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../arapp/ui/letters/letter_dialog.py" line="+132"/>
        <source>Sent by registered mail with delivery confirmation</source>
        <extracomment>The settlement offer&apos;s discount the dialog starts from (the core&apos;s default). Option changes that come in quick succession (typing a date) make one new letter.</extracomment>
        <translation>يُرسل بالبريد المسجل مع وصل استلام</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter</source>
        <translation>نوع الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Letter to %1</source>
        <translation>رسالة إلى %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation for %1</source>
        <translation>تأكيد استلام دفعة – %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Friendly reminder</source>
        <translation>تذكير ودي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt notice (Consumer Protection Law §13B2)</source>
        <translation>إشعار بوجود دين (قانون حماية المستهلك، البند 13ب2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder</source>
        <translation>تذكير ثانٍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning before legal action</source>
        <translation>إنذار قبل اتخاذ إجراءات قانونية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement offer</source>
        <translation>عرض لتسوية الدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account</source>
        <translation>كشف حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment confirmation</source>
        <translation>تأكيد استلام دفعة</translation>
    </message>
    <message>
        <location filename="../arapp/ui/letters/pdf_output.py" line="+30"/>
        <source>Print letter</source>
        <translation>طباعة رسالة</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not printed</source>
        <translation>لم تتم الطباعة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save letter as PDF</source>
        <translation>حفظ الرسالة كملف PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
    <message>
        <location filename="../arapp/ui/letters/letter_dialog.py" line="-45"/>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period from</source>
        <translation>الفترة من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Late debt notice: %1 fell due more than 4 months ago; the law (§13B2(a)) wants the notice within 4 months of the missed due date.</source>
        <translation>إشعار بوجود دين متأخر: حلّ موعد دفع %1 قبل أكثر من 4 أشهر؛ يشترط القانون (البند 13ب2(أ)) إرسال الإشعار خلال 4 أشهر من موعد الدفع الذي لم يُدفع فيه الدين.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Printed: %1 page(s) to %2.</source>
        <translation>طُبعت الرسالة على %2 (عدد الصفحات: %1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved to %1.</source>
        <translation>حُفظت الرسالة في الملف %1.</translation>
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
        <translation>الرسائل المستحقة</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Preparing the letters…</source>
        <translation>جارٍ إعداد الرسائل…</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>No letters are due today.</source>
        <translation>لا توجد رسائل مستحقة اليوم.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Folder for today&apos;s letters</source>
        <translation>مجلد رسائل اليوم</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Print all…</source>
        <translation>طباعة الكل…</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Not printed</source>
        <translation>لم تتم الطباعة</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Letters due on %1. Untick a letter that should not go out now: it stays due. Each letter made is recorded and saved as a PDF file, with one combined file for printing.</source>
        <translation>الرسائل المستحقة في %1. أزِل العلامة عن أي رسالة لا يجب أن تُرسَل الآن، فتبقى مستحقة. كل رسالة تُعَدّ تُسجَّل وتُحفظ كملف PDF، مع ملف واحد يجمعها للطباعة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a letter to see it.</source>
        <translation>اختر رسالة لعرضها.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Make the ticked letters…</source>
        <translation>إعداد الرسائل المحددة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 of %2 letters ticked</source>
        <translation>تم تحديد %1 من أصل %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the preview…</source>
        <translation>جارٍ تحضير المعاينة…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview: %1 to %2</source>
        <translation>معاينة: %1 إلى %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Printing was stopped: %1 of %2 pages were sent to the printer, the rest were not.</source>
        <translation>أُوقفت الطباعة: أُرسلت %1 من أصل %2 صفحة إلى الطابعة، ولم يُرسَل الباقي.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>أُلغيت الطباعة، ولم يُرسَل شيء إلى الطابعة.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 letters (%2 pages) were sent to %3.</source>
        <translation>عدد الرسائل المرسلة إلى %3: %1 (عدد الصفحات: %2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 letters were made and recorded.
Folder: %2
Combined file for printing: %3</source>
        <translation>عدد الرسائل التي أُعدّت وسُجّلت: %1.
المجلد: %2
الملف المجمّع للطباعة: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LettersSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/letters_page.py" line="+174"/>
        <source>The Execution Office ceiling and the late interest must be numbers</source>
        <translation>يجب أن يكون سقف دائرة الإجراء والتنفيذ وفائدة التأخير أرقاما</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Default wording</source>
        <translation>الصيغة الافتراضية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your wording</source>
        <translation>صيغتك الخاصة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawing the preview…</source>
        <translation>جارٍ تحضير المعاينة…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer owes anything yet, so there is no letter to preview.</source>
        <translation>لا يوجد بعد زبون عليه دين، لذلك لا توجد رسالة لمعاينتها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview: the letter to the customer who is most days late.</source>
        <translation>معاينة: الرسالة الموجّهة إلى الزبون الأكثر تأخرًا في الدفع.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New customers&apos; letter language:</source>
        <translation>&amp;لغة الرسائل للزبائن الجدد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution &amp;Office fixed-sum ceiling:</source>
        <translation>سقف الدعوى بمبلغ محدد في دائرة الإجراء والت&amp;نفيذ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed late &amp;interest (% a year; empty: by law):</source>
        <translation>&amp;فائدة التأخير المتفق عليها (% سنويا؛ فارغ: وفقا للقانون):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording of the letters</source>
        <translation>صيغة الرسائل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lett&amp;er:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubject:</source>
        <translation>المو&amp;ضوع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields filled in for each letter (double-click to insert):</source>
        <translation>حقول تُملأ تلقائيًا في كل رسالة (انقر نقرًا مزدوجًا لإدراج الحقل):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset to the default wording</source>
        <translation>ال&amp;عودة إلى الصيغة الافتراضية</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../arapp/ui/collection/log_dialog.py" line="+329"/>
        <source>Correct a logged contact</source>
        <extracomment>A follow-up, once ticked, starts a week out: the owner retypes it when it is not.</extracomment>
        <translation>تصحيح تواصل مسجَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the entry of %1 for %2</source>
        <translation>تصحيح قيد %1 لـ%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a contact</source>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact with %1</source>
        <translation>تواصل مع %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(not said)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none given)</source>
        <translation>(لم يُذكر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>الاتجاه:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>ال&amp;نتيجة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for not paying:</source>
        <translation>&amp;سبب عدم الدفع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promise to pay:</source>
        <translation>&amp;وعد بالدفع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up:</source>
        <translation>المتابعة التالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>م&amp;لاحظة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;متى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the contact happened; now unless you change it</source>
        <translation>متى جرى التواصل؛ الآن ما لم تغيّره</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../arapp/ui/customers/__init__.py" line="+9"/>
        <source>Customers</source>
        <translation>الزبائن</translation>
    </message>
    <message>
        <location filename="../arapp/ui/aging/__init__.py" line="+9"/>
        <source>Aging</source>
        <translation>أعمار الديون</translation>
    </message>
    <message>
        <location filename="../arapp/ui/shell/main_window.py" line="+364"/>
        <source>&amp;Settings…</source>
        <extracomment>What the first customer card needs, loaded piece by piece once the window is up: the ORM (the window showed before it, see Shop.open_quickly), the services a card reads through, and the card&apos;s own code.</extracomment>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up the shop…</source>
        <translation>&amp;نسخ احتياطي للمحل…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a backup…</source>
        <translation>ا&amp;ستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About arapp</source>
        <translation>حول arapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arapp %1 — who owes you, since when, and what to do about it.</source>
        <translation>arapp %1 — من يدين لك، ومنذ متى، وماذا تفعل حيال ذلك.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample shop</source>
        <translation>محل تجريبي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sample shop: made-up customers and amounts</source>
        <translation>محل تجريبي: زبائن ومبالغ وهمية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to my shop</source>
        <translation>ال&amp;عودة إلى محلي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the &amp;sample shop</source>
        <translation>فتح المحل ال&amp;تجريبي</translation>
    </message>
    <message>
        <location filename="../arapp/ui/self_test.py" line="+126"/>
        <location filename="../arapp/ui/shell/main_window.py" line="+2"/>
        <source>&amp;File</source>
        <extracomment>Customers in the sample shop: enough for lists, letters and aging to have content. A self-test that has not finished by then is stuck (a hidden dialog, a dead printer). How often the watchdog looks for a dialog the self-test did not open (and closes it).</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../arapp/ui/shell/main_window.py" line="+1"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>ا&amp;ستيراد من Excel أو CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letters due today…</source>
        <translation>ال&amp;رسائل المستحقة اليوم…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find customer</source>
        <translation>&amp;بحث عن زبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About arapp</source>
        <translation>&amp;حول arapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shop file: %1</source>
        <translation>ملف المحل: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Sample shop, opened as you left it: made-up customers and amounts. File › Back to my shop returns to yours.</source>
        <translation>فُتح المحل التجريبي كما تركته: زبائن ومبالغ وهمية. للعودة إلى محلك: ملف › العودة إلى محلي.</translation>
    </message>
    <message>
        <location filename="../arapp/ui/cheques/__init__.py" line="+10"/>
        <source>Cheques</source>
        <translation>الشيكات</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/__init__.py" line="+14"/>
        <source>Today</source>
        <extracomment>The home screen: first in the list, and where the app opens.</extracomment>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
</context>
<context>
    <name>MarkSignedDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="+48"/>
        <source>Attach the signed agreement</source>
        <translation>إرفاق الاتفاقية الموقّعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>مستندات ممسوحة (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than %1 MB.</source>
        <translation>حجم الملف أكبر من %1 MB.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is neither a PDF nor an image.</source>
        <translation>الملف ليس PDF ولا صورة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan: %1</source>
        <translation>المستند الممسوح: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No scan attached (optional).</source>
        <translation>لم يُرفق مستند ممسوح (اختياري).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signed on paper</source>
        <translation>وُقّعت على الورق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printed agreement of %1 (agreement version %2) came back signed.</source>
        <translation>أُعيدت الاتفاقية المطبوعة لـ %1 (نسخة الاتفاقية %2) موقّعةً.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agreement kept in the shop stays exactly as printed; a scan of the signed paper can be kept beside it.</source>
        <translation>تبقى الاتفاقية المحفوظة في المحل كما طُبعت تمامًا، ويمكن حفظ مستند ممسوح للورقة الموقّعة بجانبها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attach a scan…</source>
        <translation>إ&amp;رفاق مستند ممسوح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;signed</source>
        <translation>و&amp;سمها بأنها موقّعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../arapp/ui/messages/message_dialog.py" line="+126"/>
        <source>WhatsApp message</source>
        <translation>رسالة WhatsApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS message</source>
        <translation>رسالة SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment reminder (a collection step)</source>
        <translation>تذكير بالدفع (إجراء تحصيل)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, for information</source>
        <translation>الرصيد، للعلم فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A consumer may get a payment reminder only 14 days after the debt notice (§13B2); until then only the balance, for information.</source>
        <translation>لا يجوز إرسال تذكير بالدفع إلى المستهلك إلا بعد 14 يومًا من الإشعار بالدين (البند 13ب2)؛ وحتى ذلك الحين يُرسَل الرصيد للعلم فقط.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;نسخ النص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;WhatsApp</source>
        <translation>فتح &amp;WhatsApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open in the &amp;messaging app</source>
        <translation>فتح في تطبيق ال&amp;رسائل</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../arapp/ui/widgets/messages.py" line="+56"/>
        <source>Not done</source>
        <translation>لم يتم تنفيذ العملية</translation>
    </message>
</context>
<context>
    <name>MessagesButton</name>
    <message>
        <location filename="../arapp/ui/messages/messages_menu.py" line="+47"/>
        <source>Send &amp;message</source>
        <translation>&amp;إرسال رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WhatsApp…</source>
        <translation>رسالة &amp;WhatsApp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMS…</source>
        <translation>رسالة &amp;SMS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail a letter…</source>
        <translation>رسالة بال&amp;بريد الإلكتروني…</translation>
    </message>
</context>
<context>
    <name>MessagesSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/messages_page.py" line="+247"/>
        <source>Messages (%1): %2</source>
        <translation>الرسائل النصية والبريد (%1): %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Default text</source>
        <translation>النص الافتراضي</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your text</source>
        <translation>نصّك الخاص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of at most %2 characters</source>
        <translation>عدد الأحرف: %1 من %2 كحدّ أقصى</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What WhatsApp, SMS and e-mail messages to customers say, in each language. Keep them to the amount, the due date and how to pay: a message about a debt may not advertise (the app cannot check this for you).</source>
        <translation>ما تقوله رسائل WhatsApp وSMS والبريد الإلكتروني إلى الزبائن، بكل لغة. اقتصر فيها على المبلغ وموعد الاستحقاق وطريقة الدفع: لا يجوز أن تتضمّن رسالةٌ عن دَين أيّ إعلان (ولا يستطيع البرنامج أن يتحقّق من ذلك نيابةً عنك).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;nguage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reminder (WhatsApp, SMS) — a collection step</source>
        <translation>تذكير بالدفع (WhatsApp،‏ SMS) — إجراء تحصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance for information (WhatsApp, SMS)</source>
        <translation>الرصيد، للعلم فقط (WhatsApp،‏ SMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay, when your bank details are given</source>
        <translation>طريقة الدفع، عندما تكون بياناتك المصرفية مُدخلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay, without bank details</source>
        <translation>طريقة الدفع، دون بيانات مصرفية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the e-mail that carries a letter</source>
        <translation>موضوع البريد الإلكتروني الذي تُرفق به الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the e-mail that carries a letter</source>
        <translation>نص البريد الإلكتروني الذي تُرفق به الرسالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fields (click to insert): %1</source>
        <translation>الحقول (انقر لإدراج الحقل): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to default</source>
        <translation>العودة إلى النص الافتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sample customer, with your business details from Settings › Business.</source>
        <translation>زبون للتجربة، مع بيانات مصلحتك من الإعدادات › مصلحة تجارية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder:</source>
        <translation>التذكير:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:</source>
        <translation>الرصيد:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
</context>
<context>
    <name>MoneyInput</name>
    <message>
        <location filename="../arapp/ui/ledger/money_input.py" line="+29"/>
        <source>Type an amount.</source>
        <translation>أدخل مبلغًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a number.</source>
        <translation>هذه القيمة ليست رقمًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most two digits after the point.</source>
        <translation>رقمان على الأكثر بعد الفاصلة العشرية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the thousands separators (for example 1,234.50).</source>
        <translation>تحقق من فواصل الآلاف (مثلًا 1,234.50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount is too large.</source>
        <translation>المبلغ كبير جدًا.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../arapp/ui/security/password_prompt.py" line="+58"/>
        <source>That is not the password. Try again.</source>
        <translation>كلمة المرور غير صحيحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This shop is protected by a password.</source>
        <translation>هذا المحل محمي بكلمة مرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voiding a record needs the password.</source>
        <translation>إلغاء قيد يتطلب كلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring a backup needs the password.</source>
        <translation>الاستعادة من نسخة احتياطية تتطلب كلمة المرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings need the password.</source>
        <translation>الإعدادات تتطلب كلمة المرور.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
</context>
<context>
    <name>PasswordSettingsPage</name>
    <message>
        <location filename="../arapp/ui/settings/password_page.py" line="+66"/>
        <source>The new password and its repetition differ.</source>
        <translation>كلمة المرور الجديدة لا تطابق تكرارها.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A password, if you set one, is asked when arapp starts and before voiding a record, restoring a backup or changing the settings. It is kept only as a scrambled fingerprint; if it is forgotten, it cannot be read back.</source>
        <translation>إذا عيّنت كلمة مرور، فسيطلبها arapp عند تشغيله وقبل إلغاء قيد أو الاستعادة من نسخة احتياطية أو تغيير الإعدادات. لا تُحفظ إلا بصمة مشفّرة منها؛ وإذا نُسيت فلا يمكن استرجاعها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password is set.</source>
        <translation>كلمة المرور معيّنة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is set.</source>
        <translation>لم تُعيَّن كلمة مرور.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password:</source>
        <translation>كلمة المرور ال&amp;حالية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;تكرار كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move the password</source>
        <translation>إ&amp;زالة كلمة المرور</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../arapp/ui/ledger/payment_dialog.py" line="+187"/>
        <source>Pay</source>
        <extracomment>The payment method that records a cheque in the register. Credit left over above this asks first: an amount typed with one zero too many (5000 for 500) would otherwise quietly become credit. Small change left as credit is normal. Cheques recorded with &quot;Record and next cheque&quot; while the dialog is open.</extracomment>
        <translation>تسديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>المبلغ المتبقي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This payment</source>
        <translation>من هذه الدفعة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Left open</source>
        <translation>المتبقي بعد الدفعة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed: paid only if ticked</source>
        <translation>متنازع عليها: تُسدَّد فقط إذا حُدِّدت</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the amount to see which invoices it pays.</source>
        <translation>أدخل المبلغ لترى الفواتير التي يسددها.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Pays %1 of open invoices.</source>
        <translation>تُسدِّد الدفعة %1 من الفواتير المفتوحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left as credit: %1</source>
        <translation>يبقى رصيدًا دائنًا: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Record payment</source>
        <translation>تسجيل دفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:</source>
        <translation>الزبون:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) — balance %3</source>
        <translation>%1 (%2) — الرصيد %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Amount:</source>
        <translation>ال&amp;مبلغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 1,234.50</source>
        <translation>مثلًا 1,234.50</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Method:</source>
        <translation>&amp;طريقة الدفع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>المر&amp;جع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check number, confirmation…</source>
        <translation>رقم الشيك، رقم التأكيد…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick invoices to pay them first; the rest is applied oldest due first.</source>
        <translation>حدّد الفواتير التي تريد تسديدها أولًا؛ ويُخصَّص الباقي حسب تاريخ الاستحقاق، من الأقدم إلى الأحدث.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;payment</source>
        <translation>ت&amp;سجيل الدفعة</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Leave credit?</source>
        <translation>إبقاء رصيد دائن؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This payment of %1 is more than the open invoices: %2 would be left as credit on the account.</source>
        <translation>دفعة %1 أكبر من مجموع الفواتير المفتوحة: سيبقى %2 رصيدًا دائنًا في حساب الزبون.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Is the amount right?</source>
        <translation>هل المبلغ صحيح؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record with credit</source>
        <translation>تسجيل مع الرصيد الدائن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the amount</source>
        <translation>تعديل المبلغ</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Record the cheque?</source>
        <translation>تسجيل الشيك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the cheque anyway?</source>
        <translation>هل تريد تسجيل الشيك رغم ذلك؟</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&amp;Date on the cheque:</source>
        <translation>ال&amp;تاريخ على الشيك:</translation>
    </message>
    <message numerus="yes">
        <location line="-91"/>
        <source>%n cheque(s) recorded. Type the next one, or close.</source>
        <translation>
            <numerusform>سُجّل %n شيك. أدخل الشيك التالي أو أغلق النافذة.</numerusform>
            <numerusform>سُجّل %n شيك. أدخل الشيك التالي أو أغلق النافذة.</numerusform>
            <numerusform>سُجّلت %n شيكات. أدخل الشيك التالي أو أغلق النافذة.</numerusform>
            <numerusform>سُجّلت %n شيكات. أدخل الشيك التالي أو أغلق النافذة.</numerusform>
            <numerusform>سُجّل %n شيكًا. أدخل الشيك التالي أو أغلق النافذة.</numerusform>
            <numerusform>سُجّل %n شيك. أدخل الشيك التالي أو أغلق النافذة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Record and ne&amp;xt cheque</source>
        <translation>تسجيل وإدخال ال&amp;شيك التالي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record this cheque and type the customer&apos;s next one: the same account, the next number, a month later</source>
        <translation>تسجيل هذا الشيك وإدخال شيك الزبون التالي: الحساب نفسه، الرقم التالي، بعد شهر</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../arapp/ui/letters/print_preview.py" line="+43"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Pages: %1</source>
        <translation>عدد الصفحات: %1</translation>
    </message>
</context>
<context>
    <name>PlanPaymentDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_payment.py" line="+40"/>
        <source>Installment</source>
        <translation>القسط</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pays %1 of the plan&apos;s installments.</source>
        <translation>تُسدِّد الدفعة %1 من أقساط الخطة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 goes to other open invoices.</source>
        <translation>يُخصَّص %1 لفواتير مفتوحة أخرى.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left as credit: %1</source>
        <translation>يبقى رصيدًا دائنًا: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Payment against plan %1</source>
        <translation>دفعة على حساب خطة التقسيط %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment goes to the plan&apos;s installments, oldest due first; anything above them pays other open invoices, then stays as credit.</source>
        <translation>تُخصَّص الدفعة لأقساط الخطة حسب تاريخ الاستحقاق، من الأقدم إلى الأحدث؛ وما يزيد عليها يُسدِّد فواتير مفتوحة أخرى، ثم يبقى رصيدًا دائنًا.</translation>
    </message>
</context>
<context>
    <name>PlanWizard</name>
    <message>
        <location filename="../arapp/ui/plans/plan_wizard.py" line="+208"/>
        <source>Step %1 of %2: %3</source>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save &amp;plan</source>
        <translation>&amp;حفظ الخطة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This is the agreement as it will be kept. &quot;Save plan&quot; records the plan, its installments and cheques, and this agreement.</source>
        <translation>هذه هي الاتفاقية كما ستُحفظ. يسجّل زر «حفظ الخطة» الخطة وأقساطها وشيكاتها وهذه الاتفاقية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan %1 saved.</source>
        <translation>حُفظت الخطة %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the agreement and have it signed; then mark it signed on the customer&apos;s plan.</source>
        <translation>اطبع الاتفاقية واحصل على التواقيع عليها، ثم أشِر في خطة الزبون إلى أنها وُقِّعت.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the agreement</source>
        <translation>طباعة الاتفاقية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed: %1 page(s) to %2.</source>
        <translation>طُبعت الاتفاقية على %2 (عدد الصفحات: %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the agreement as PDF</source>
        <translation>حفظ الاتفاقية كملف PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1.</source>
        <translation>حُفظت الاتفاقية في الملف %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard the plan?</source>
        <translation>تجاهل الخطة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan has not been saved. Discard what you typed?</source>
        <translation>لم تُحفظ الخطة بعد. هل تريد تجاهل ما أدخلته؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>مواصلة ال&amp;تعديل</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Installment plan for %1</source>
        <translation>خطة تقسيط لـ%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New version of plan %1 for %2</source>
        <translation>نسخة جديدة من الخطة %1 لـ%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) — balance %3</source>
        <translation>%1 (%2) — الرصيد %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <location filename="../arapp/ui/customers/card_plans.py" line="+206"/>
        <source>Debt %1</source>
        <translation>الدين %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>down payment %1</source>
        <translation>الدفعة الأولى %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annual interest %1%</source>
        <translation>فائدة سنوية %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest %1</source>
        <translation>الفائدة %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grace %1 days</source>
        <translation>أيام السماح: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>covers %1</source>
        <translation>يشمل %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accelerated on %1</source>
        <translation>عُجّل استحقاقها في %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interest waived %1</source>
        <translation>فائدة متنازَل عنها %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled on %1: %2</source>
        <translation>أُلغيت في %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Installment plans</source>
        <translation>خطط التقسيط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment plans are not available in this version.</source>
        <translation>خطط التقسيط غير متاحة في هذا الإصدار.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New plan…</source>
        <translation>خطة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New installment plan (Ctrl+Shift+P)</source>
        <translation>خطة تقسيط جديدة (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Breach (acceleration)…</source>
        <translation>تعجيل الاستحقاق…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New version…</source>
        <translation>نسخة جديدة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the plan&apos;s terms: a new version replaces it, the old one is kept</source>
        <translation>تغيير شروط الخطة: تحلّ محلها نسخة جديدة، وتُحفظ النسخة السابقة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Possible once an installment is late by more than the plan&apos;s grace days</source>
        <translation>يُتاح فقط عندما يتأخر قسط أكثر من أيام السماح في الخطة</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>No installment plans yet: New plan… sets one up.</source>
        <extracomment>Plans that still run: money can be paid against them and their terms changed.</extracomment>
        <translation>لا توجد خطط تقسيط بعد: يمكنك إنشاء خطة بالضغط على «خطة جديدة…».</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Payment against the plan…</source>
        <translation>دفعة على حساب الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a payment against the plan</source>
        <translation>تسجيل دفعة على حساب الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint agreement…</source>
        <translation>إعادة طباعة الاتفاقية…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show, print or save the agreement exactly as it was kept</source>
        <translation>عرض الاتفاقية أو طباعتها أو حفظها تمامًا كما حُفظت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on paper…</source>
        <translation>وُقّعت على الورق…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the printed agreement signed on paper, with a scan if there is one</source>
        <translation>وسم الاتفاقية المطبوعة بأنها وُقّعت على الورق، مع مستند ممسوح إن وُجد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel plan…</source>
        <translation>إلغاء الخطة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the plan, giving a reason</source>
        <translation>إلغاء الخطة مع ذكر السبب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installments</source>
        <translation>الأقساط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheques</source>
        <translation>الشيكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement versions</source>
        <translation>نسخ الاتفاقية</translation>
    </message>
    <message>
        <location filename="../arapp/ui/plans/plan_columns.py" line="+45"/>
        <source>Replaced by a new version</source>
        <translation>استُبدلت بنسخة جديدة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active — may be accelerated</source>
        <translation>سارية — يجوز تعجيل استحقاقها</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (version %2)</source>
        <translation>%1 (النسخة %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <location line="+59"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Plan date</source>
        <translation>تاريخ الخطة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total payable</source>
        <translation>المجموع المستحق</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+78"/>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+78"/>
        <source>Open</source>
        <translation>المبلغ المتبقي</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Next due</source>
        <translation>الاستحقاق التالي</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+97"/>
        <source>Down payment</source>
        <translation>الدفعة الأولى</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1 (agreed %2)</source>
        <translation>%1 (الموعد المتفق عليه %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No. %1, bank %2, %3</source>
        <translation>رقم %1، بنك %2، %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+69"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Principal</source>
        <translation>أصل الدين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interest</source>
        <translation>الفائدة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cheque</source>
        <translation>الشيك</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Installment %1</source>
        <translation>القسط %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bank-branch-account</source>
        <translation>بنك-فرع-حساب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cheque no.</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date on the cheque</source>
        <translation>تاريخ الشيك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawer</source>
        <translation>الساحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>مقابل</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>أُنشئت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan</source>
        <translation>المستند الممسوح</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None attached</source>
        <translation>لم يُرفق</translation>
    </message>
</context>
<context>
    <name>PrintProgress</name>
    <message>
        <location filename="../arapp/ui/letters/print_progress.py" line="+32"/>
        <source>Preparing to print…</source>
        <translation>جارٍ التحضير للطباعة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Printing page %1 of %2…</source>
        <translation>جارٍ طباعة الصفحة %1 من %2…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../arapp/printing.py" line="+117"/>
        <source>The document could not be read as a PDF (%1).</source>
        <extracomment>Above this a laser printer gains nothing visible, and the spooled job grows fourfold. Rows of device pixels rendered at once (about 10 MB per band for A4 at 600 dpi). How far (in points) a PDF page may differ from the paper and still print at 100 %. ``progress(pages_done, pages_total)``, called on the UI thread before each page and between the bands of a page (so a caller can let the event loop turn); returning False cancels after the page under way.</extracomment>
        <translation>تعذّرت قراءة المستند كملف PDF (%1).</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The printer “%1” is not available.</source>
        <translation>الطابعة «%1» غير متاحة.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chosen page range contains no pages of this document.</source>
        <translation>نطاق الصفحات المحدد لا يتضمن أي صفحة من هذا المستند.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not start printing on “%1”.</source>
        <translation>تعذّر بدء الطباعة على الطابعة «%1».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The printer refused a new page.</source>
        <translation>رفضت الطابعة بدء صفحة جديدة.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>none</source>
        <translation>لا توجد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer named “%1”. Available printers: %2.</source>
        <translation>لا توجد طابعة باسم «%1». الطابعات المتاحة: %2.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../arapp/ui/i18n/qt_strings.py" line="+16"/>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="+41"/>
        <source>Replace the cheque with cash</source>
        <translation>استبدال الشيك بنقد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash received</source>
        <translation>النقد المستلم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received on</source>
        <translation>استُلم بتاريخ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Replace the cheque with another cheque</source>
        <translation>استبدال الشيك بشيك آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By another cheque</source>
        <translation>بشيك آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount of the new cheque</source>
        <translation>مبلغ الشيك الجديد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date on the new cheque</source>
        <translation>التاريخ على الشيك الجديد</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../arapp/ui/collection/reports_view.py" line="+193"/>
        <source>%1 days</source>
        <extracomment>A date typed digit by digit starts one computation, not eight. What the chart compares, month by month: (first series, second series) TrendPoint fields.</extracomment>
        <translation>%1 يومًا</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 of the receivable</source>
        <translation>%1 من الذمم المدينة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>paid within %1 days after them: %2</source>
        <translation>دُفع خلال %1 يومًا بعدها: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invoiced %1</source>
        <translation>فُوتر %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Receivable</source>
        <translation>الذمم المدينة</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Overdue</source>
        <translation>متأخر السداد</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Days sales outstanding</source>
        <translation>متوسط أيام التحصيل (DSO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection rate</source>
        <translation>نسبة التحصيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days to pay</source>
        <translation>متوسط أيام الدفع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept</source>
        <translation>الوعود التي وُفي بها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection letters sent</source>
        <translation>رسائل التحصيل المرسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected in the period</source>
        <translation>المحصَّل في الفترة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoiced</source>
        <translation>المفوتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>المحصَّل</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+11"/>
        <source>Export the trend</source>
        <translation>تصدير الاتجاه</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file could not be written: %1</source>
        <translation>تعذّرت كتابة الملف: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trend saved to %1</source>
        <translation>حُفظ الاتجاه في %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing the figures…</source>
        <translation>جارٍ حساب الأرقام…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export trend (CSV)…</source>
        <translation>تصدير الاتجاه (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last %1 months</source>
        <translation>آخر %1 شهرًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoiced and collected</source>
        <translation>المفوتر والمحصَّل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivable and overdue</source>
        <translation>الذمم المدينة والمتأخرات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No figures yet.</source>
        <translation>لا أرقام بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest debts</source>
        <translation>أكبر الديون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owes</source>
        <translation>المستحق</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../arapp/ui/shell/restore_dialog.py" line="+73"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the backup to bring back. The newest is at the top. Each was checked when it was made; it is checked again before the restore.</source>
        <translation>اختر النسخة الاحتياطية التي تريد استعادتها، والأحدث في الأعلى. فُحصت كل نسخة عند إنشائها، وستُفحص مرة أخرى قبل الاستعادة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made on</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups</source>
        <translation>النسخ التلقائية</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore this backup…</source>
        <translation>ا&amp;ستعادة هذه النسخة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Another file…</source>
        <translation>م&amp;لف آخر…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-96"/>
        <source>Cheque returned by the bank</source>
        <translation>شيك أرجعه البنك</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank&apos;s reason</source>
        <translation>سبب البنك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank fee to charge (optional)</source>
        <translation>عمولة البنك لتحميلها على الزبون (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on</source>
        <translation>أُرجع بتاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return without the fee</source>
        <translation>إرجاع دون العمولة</translation>
    </message>
</context>
<context>
    <name>RiskText</name>
    <message>
        <location filename="../arapp/ui/customers/risk_text.py" line="+36"/>
        <source>pays on time: %1</source>
        <translation>يدفع في الموعد: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on average %1 days late</source>
        <translation>بتأخير %1 يومًا في المتوسط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>oldest debt %1 days late</source>
        <translation>أقدم دين متأخر %1 يومًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>broken promises: %1</source>
        <translation>وعود لم يُوفَ بها: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>returned cheques: %1</source>
        <translation>شيكات مرتجعة: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment record:</source>
        <translation>سجل الدفع:</translation>
    </message>
</context>
<context>
    <name>SampleShop</name>
    <message>
        <location filename="../arapp/ui/setup/sample_shop.py" line="+46"/>
        <source>Sample shop</source>
        <translation>محل تجريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the sample shop…</source>
        <translation>جارٍ إنشاء المحل التجريبي…</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../arapp/ui/plans/schedule_table.py" line="+81"/>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>أصل الدين</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>الفائدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down payment</source>
        <translation>الدفعة الأولى</translation>
    </message>
</context>
<context>
    <name>SentLetters</name>
    <message>
        <location filename="../arapp/ui/customers/card_letters.py" line="-27"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See, reprint or save the letter exactly as sent</source>
        <translation>عرض الرسالة أو إعادة طباعتها أو حفظها تمامًا كما أُرسلت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent as</source>
        <translation>طريقة الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered mail</source>
        <translation>البريد المسجّل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed and saved</source>
        <translation>طُبعت وحُفظت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed</source>
        <translation>طُبعت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as PDF</source>
        <translation>حُفظت كملف PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>غير مسجَّلة</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../arapp/ui/settings/business_page.py" line="-51"/>
        <source>Business</source>
        <translation>بيانات المحل</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/letters_page.py" line="-262"/>
        <source>Letters</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/backups_page.py" line="-98"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/password_page.py" line="-73"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/email_page.py" line="-115"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/ladder_page.py" line="-120"/>
        <source>Dunning ladder</source>
        <translation>سُلَّم التحصيل</translation>
    </message>
    <message>
        <location filename="../arapp/ui/settings/messages_page.py" line="-219"/>
        <source>Messages</source>
        <translation>الرسائل النصية والبريد</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../arapp/ui/settings/settings_dialog.py" line="+96"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <location filename="../arapp/ui/plans/sign_page.py" line="+107"/>
        <source>The customer has not signed yet.</source>
        <extracomment>A pad&apos;s height with its Clear button (the canvas takes what the button leaves).</extracomment>
        <translation>لم يوقّع الزبون بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have not signed yet.</source>
        <translation>لم توقّع أنت بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guarantor has not signed yet.</source>
        <translation>لم يوقّع الكفيل بعد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer: %1</source>
        <translation>الزبون: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the business: %1</source>
        <translation>عن المحل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor: %1</source>
        <translation>الكفيل: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signatures</source>
        <translation>التواقيع</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign &amp;here on the screen</source>
        <translation>التوقيع &amp;هنا على الشاشة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on &amp;paper (print the agreement unsigned, mark it signed later)</source>
        <translation>التوقيع على ال&amp;ورق (تُطبع الاتفاقية بلا تواقيع، ويُشار لاحقًا إلى أنها وُقِّعت)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each one signs above the line with the mouse, a finger or a stylus.</source>
        <translation>يوقّع كلٌّ منهم فوق الخط بالفأرة أو بالإصبع أو بالقلم.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../arapp/ui/widgets/signature_pad.py" line="+282"/>
        <source>Clear</source>
        <extracomment>A stroke shorter than this (in pixels) is a click or a tap, not a stroke. Total ink below this (in pixels) is not yet a signature. Space kept around the ink in the exported image, in pad pixels. The exported image is drawn at this multiple of the pad&apos;s pixels, for a sharp print.</extracomment>
        <translation>مسح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the pad and sign again</source>
        <translation>امسح التوقيع ووقّع من جديد</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <location filename="../arapp/ui/shell/start_checks.py" line="+59"/>
        <location line="+23"/>
        <source>Cannot open the shop file</source>
        <translation>تعذّر فتح ملف المحل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shop file %1 is damaged, so it was not opened.</source>
        <translation>ملف المحل %1 تالف، لذلك لم يُفتح.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop file %1 is damaged: a check found errors in it.</source>
        <translation>ملف المحل %1 تالف: وجد الفحص فيه أخطاء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>The shop file is damaged</source>
        <translation>ملف المحل تالف</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>There is no backup of it on this computer to bring back. If you keep backups elsewhere (a USB stick), start arapp and choose File › Restore from a backup; keep the damaged file for a technician.</source>
        <translation>لا توجد له نسخة احتياطية على هذا الحاسوب لاستعادتها. إن كنت تحفظ نسخًا في مكان آخر (ذاكرة USB)، فشغّل arapp واختر ملف › الاستعادة من نسخة احتياطية؛ واحتفظ بالملف التالف ليفحصه فنّي.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The newest good backup is from %1. Restore it? What was recorded after it will be missing; the damaged file is kept beside the shop file.</source>
        <translation>أحدث نسخة احتياطية سليمة من %1. هل تريد استعادتها؟ لن يظهر ما سُجّل بعدها، ويُحفظ الملف التالف بجانب ملف المحل.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup</source>
        <translation>استعادة النسخة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close arapp</source>
        <translation>إغلاق arapp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../arapp/ui/setup/first_run.py" line="+68"/>
        <source>How do you want to start?</source>
        <translation>كيف تريد أن تبدأ؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your business details are saved when you press Finish.</source>
        <translation>تُحفظ بيانات محلك عند الضغط على «أنهِ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Empty shop</source>
        <translation>محل &amp;فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with no customers and add them as you go.</source>
        <translation>ابدأ بدون زبائن وأضفهم أثناء العمل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import from Excel or CSV</source>
        <translation>ا&amp;ستيراد من Excel أو CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring your customers, invoices and payments from spreadsheet files.</source>
        <translation>انقل زبائنك وفواتيرك ودفعاتك من ملفات جداول البيانات.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sample shop</source>
        <translation>م&amp;حل تجريبي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the app with %1 made-up customers. They are kept in a separate file, so your own shop stays empty; switch between them in the File menu.</source>
        <translation>جرّب البرنامج مع %1 من الزبائن الوهميين. يُحفظون في ملف منفصل، فيبقى محلك فارغًا؛ ويمكنك التنقل بين المحلّين من قائمة «ملف».</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../arapp/ui/plans/terms_page.py" line="+347"/>
        <source>Type a whole number of installments.</source>
        <translation>أدخل عددًا صحيحًا من الأقساط.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the amount of each installment.</source>
        <translation>أدخل مبلغ كل قسط.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the guarantor&apos;s name, or untick Guarantor.</source>
        <translation>أدخل اسم الكفيل، أو ألغِ تحديد «الكفيل».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This ID number is not valid (check the last digit).</source>
        <translation>رقم الهوية غير صحيح (تحقّق من الرقم الأخير).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A guarantor needs an ID number.</source>
        <translation>يجب إدخال رقم هوية الكفيل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debt the plan covers: %1</source>
        <translation>الدين المشمول بالخطة: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The schedule shows here once the terms are complete.</source>
        <translation>يظهر جدول الأقساط هنا بعد استكمال الشروط.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Terms</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Down payment:</source>
        <translation>ال&amp;دفعة الأولى:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments:</source>
        <translation>الأقساط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>ت&amp;تكرّر كل:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;irst due on:</source>
        <translation>أول اس&amp;تحقاق في:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual &amp;interest rate:</source>
        <translation>نسبة ال&amp;فائدة السنوية:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grace period (days):</source>
        <translation>مهلة ال&amp;سماح (أيام):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place of signing:</source>
        <translation>م&amp;كان التوقيع:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number of installments:</source>
        <translation>&amp;عدد الأقساط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount of each:</source>
        <translation>م&amp;بلغ كل قسط:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>بلا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installment more than this many days late lets you call in the whole remaining debt (the acceleration clause).</source>
        <translation>إذا تأخّر قسط أكثر من هذا العدد من الأيام، يحقّ لك المطالبة بكامل الدين المتبقي فورًا (بند تعجيل السداد).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two weeks</source>
        <translation>أسبوعين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>G&amp;uarantor</source>
        <translation>ال&amp;كفيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number:</source>
        <translation>رقم الهوية:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liable up to:</source>
        <translation>يكفل حتى مبلغ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the whole debt</source>
        <translation>كامل الدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>جدول الأقساط</translation>
    </message>
    <message numerus="yes">
        <location line="-43"/>
        <source>%n installment(s), %1 in all (interest %2). Total payable with the down payment: %3.</source>
        <translation>
            <numerusform>%n قسط، مجموعها %1 (منها فائدة %2). المجموع المستحق مع الدفعة الأولى: %3.</numerusform>
            <numerusform>%n قسط بمبلغ %1 (منه فائدة %2). المجموع المستحق مع الدفعة الأولى: %3.</numerusform>
            <numerusform>%n أقساط، مجموعها %1 (منها فائدة %2). المجموع المستحق مع الدفعة الأولى: %3.</numerusform>
            <numerusform>%n أقساط، مجموعها %1 (منها فائدة %2). المجموع المستحق مع الدفعة الأولى: %3.</numerusform>
            <numerusform>%n قسطًا، مجموعها %1 (منها فائدة %2). المجموع المستحق مع الدفعة الأولى: %3.</numerusform>
            <numerusform>%n قسط، مجموعها %1 (منها فائدة %2). المجموع المستحق مع الدفعة الأولى: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../arapp/ui/collection/timeline_tab.py" line="+181"/>
        <source>correction</source>
        <extracomment>The filter&apos;s groups before the single kinds: every contact the owner logged.</extracomment>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrected</source>
        <translation>صُحِّح</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 by %2</source>
        <translation>%1 حتى %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts only</source>
        <translation>التواصل فقط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show corrected entries</source>
        <translation>إظهار القيود المصحَّحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log contact… (Ctrl+K)</source>
        <translation>تسجيل تواصل… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct this entry…</source>
        <translation>تصحيح هذا القيد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open letter…</source>
        <translation>فتح الرسالة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promise</source>
        <translation>الوعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../arapp/ui/collection/today_view.py" line="+247"/>
        <source>of %1 that fell due</source>
        <translation>من أصل %1 استحقت</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 days</source>
        <extracomment>What Enter does on a row, by the task&apos;s kind (see ``TodayView.do_task``).</extracomment>
        <translation>%1 يومًا</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of the %2 that fell due</source>
        <translation>%1 من أصل %2 استحقت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receivable</source>
        <translation>الذمم المدينة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>متأخر السداد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected this month</source>
        <translation>المحصَّل هذا الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days sales outstanding</source>
        <translation>متوسط أيام التحصيل (DSO)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 to do</source>
        <translation>%1 مهمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do today.</source>
        <translation>لا مهام لليوم.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading today&apos;s figures…</source>
        <translation>جارٍ قراءة أرقام اليوم…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To do today</source>
        <translation>مهام اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it (Enter)</source>
        <translation>تنفيذ (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log the call, print the letter, open the cheques or the card</source>
        <translation>تسجيل المكالمة أو طباعة الرسالة أو فتح الشيكات أو بطاقة الزبون</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log contact… (Ctrl+K)</source>
        <translation>تسجيل تواصل… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open card (Ctrl+O)</source>
        <translation>فتح البطاقة (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../arapp/ui/collection/task_table.py" line="+37"/>
        <source>Cheque %1</source>
        <translation>شيك %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Installment %1</source>
        <translation>قسط %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>To do</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>الزبون</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days late</source>
        <translation>أيام التأخير</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../arapp/ui/i18n/core_messages.py" line="+13"/>
        <source>A chosen invoice is not open for this customer</source>
        <translation>إحدى الفواتير المحددة غير مفتوحة لهذا الزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A collection letter to a consumer may go only {days} days after the debt notice (sent on {day}); the earliest day is {earliest}</source>
        <translation>لا يجوز إرسال رسالة تحصيل إلى مستهلك إلا بعد {days} يومًا من الإشعار بالدين (الذي أُرسل في {day})؛ أقرب موعد هو {earliest}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A collection letter to a consumer needs a debt notice first (§13B2); none was sent for {items}</source>
        <translation>يجب إرسال إشعار بوجود دين قبل أي رسالة تحصيل إلى مستهلك (البند 13ب2)؛ لم يُرسل إشعار بوجود دين بشأن {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer with code “{code}” already exists</source>
        <translation>يوجد زبون بالرمز «{code}» مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter needs a subject and a body</source>
        <translation>يجب أن تتضمن الرسالة موضوعًا ونصًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>نيسان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>آب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>سقف الائتمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number</source>
        <translation>رقم الإشعار الدائن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number “{number}” is already in use</source>
        <translation>يوجد إشعار دائن بالرقم «{number}» مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>كانون الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution Office ceiling</source>
        <translation>سقف دائرة الإجراء والتنفيذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>شباط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee amount</source>
        <translation>مبلغ الرسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee date</source>
        <translation>تاريخ الرسوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice amount</source>
        <translation>مبلغ الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice date</source>
        <translation>تاريخ الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number “{number}” is already in use</source>
        <translation>توجد فاتورة بالرقم «{number}» مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>January</source>
        <translation>كانون الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>تموز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>حزيران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter date</source>
        <translation>تاريخ الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>آذار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>أيار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer with code “{code}”</source>
        <translation>لا يوجد زبون بالرمز «{code}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invoice with number “{number}”</source>
        <translation>لا توجد فاتورة بالرقم «{number}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of {name} is overdue on {day}; no letter is needed</source>
        <translation>لا توجد على الزبون {name} مبالغ متأخرة بتاريخ {day}، لذا لا حاجة إلى رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>تشرين الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>تشرين الأول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment amount</source>
        <translation>مبلغ الدفعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms must be between 0 and 365 days</source>
        <translation>يجب أن تكون شروط الدفع بين 0 و365 يومًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered-mail number</source>
        <translation>رقم البريد المسجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>أيلول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the items for this letter are no longer open</source>
        <translation>بعض البنود المحددة لهذه الرسالة لم تعد مفتوحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That customer no longer exists</source>
        <translation>هذا الزبون لم يعد موجودًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That invoice no longer exists</source>
        <translation>هذه الفاتورة لم تعد موجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That letter no longer exists</source>
        <translation>هذه الرسالة لم تعد موجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment is already void</source>
        <translation>هذه الدفعة ملغاة مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment no longer exists</source>
        <translation>هذه الدفعة لم تعد موجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery date is before the letter&apos;s date</source>
        <translation>تاريخ التسليم يسبق تاريخ الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount must be between 0 and 100 percent</source>
        <translation>يجب أن تكون نسبة الخصم بين 0 و100 بالمئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period starts on {start}, after the day it ends ({end})</source>
        <translation>تبدأ الفترة في {start}، أي بعد اليوم الذي تنتهي فيه ({end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The due date is before the invoice date</source>
        <translation>تاريخ الاستحقاق يسبق تاريخ الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder “{path}” could not be made: {reason}</source>
        <translation>تعذّر إنشاء المجلد «{path}»: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The letters cannot go into “{path}”: it is a file, not a folder</source>
        <translation>لا يمكن حفظ الرسائل في «{path}»: هذا ملف وليس مجلدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letters could not be written to “{path}”: {reason}</source>
        <translation>تعذّرت كتابة الرسائل في المجلد «{path}»: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored letter does not match its fingerprint (SHA-256)</source>
        <translation>الرسالة المحفوظة لا تطابق بصمتها الرقمية (SHA-256)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backup file at {path}</source>
        <translation>لم يُعثر على ملف نسخة احتياطية في المسار {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at {path}</source>
        <translation>لم يُعثر على ملف المحل في المسار {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown customer kind “{kind}”</source>
        <translation>نوع زبون غير معروف: «{kind}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown letter kind “{kind}”</source>
        <translation>نوع رسالة غير معروف: «{kind}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown letter language “{lang}”</source>
        <translation>لغة رسالة غير معروفة: «{lang}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown payment method “{method}”</source>
        <translation>طريقة دفع غير معروفة: «{method}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown placeholder(s): {names}</source>
        <translation>حقول غير معروفة في نص الرسالة: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown message text “{key}”</source>
        <translation>لا يوجد نص رسالة باسم “{key}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminder message</source>
        <translation>رسالة التذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance message</source>
        <translation>رسالة الرصيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay (bank transfer)</source>
        <translation>طريقة الدفع (حوالة بنكية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to pay (phone)</source>
        <translation>طريقة الدفع (الهاتف)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail subject</source>
        <translation>موضوع البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>نص البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is empty: write the text, or reset it to the default</source>
        <translation>{field}: النص فارغ؛ اكتبه أو أعِده إلى النص الافتراضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} has {count} characters; a text message should stay short, at most {limit}</source>
        <translation>{field}: عدد الأحرف {count}؛ ينبغي أن تبقى الرسالة النصية قصيرة، والحدّ الأقصى {limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} has {count} characters; at most {limit} fit</source>
        <translation>{field}: عدد الأحرف {count}؛ والحدّ الأقصى {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: a brace has no partner; a placeholder is written as a name in braces, like {example}</source>
        <translation>{field}: يوجد قوس معقوف بلا قوس مقابل؛ يُكتب الحقل اسمًا بين قوسين معقوفين، مثل {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: unknown placeholder(s) {names}; this text may use {allowed}</source>
        <translation>{field}: حقول غير معروفة {names}؛ يمكن أن يستخدم هذا النص الحقول {allowed}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a credit limit cannot be negative</source>
        <translation>لا يمكن أن يكون سقف الائتمان سالبًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file “{name}”: {problem}</source>
        <translation>تعذّرت قراءة الملف «{name}»: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code {code} appears again with other details (first in row {first_row})</source>
        <translation>الرمز {code} مكرر بتفاصيل مختلفة (ورد أولًا في الصف {first_row})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer {code} already exists with different details</source>
        <translation>الزبون {code} موجود مسبقًا بتفاصيل مختلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {number} already exists with different details</source>
        <translation>الفاتورة {number} موجودة مسبقًا بتفاصيل مختلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice {number} appears again with other details (first in row {first_row})</source>
        <translation>الفاتورة {number} مكررة بتفاصيل مختلفة (وردت أولًا في الصف {first_row})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invoice {number} belongs to another customer</source>
        <translation>الفاتورة {number} تخص زبونًا آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no customer with code {code}</source>
        <translation>لا يوجد زبون بالرمز {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no invoice with number {number}</source>
        <translation>لا توجد فاتورة بالرقم {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row 1 must hold the column names, but it is empty</source>
        <translation>يجب أن يحتوي الصف 1 على أسماء الأعمدة، لكنه فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CSV file is malformed on line {line}: {problem}</source>
        <translation>ملف CSV غير سليم في السطر {line}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Excel file is damaged or incomplete (perhaps not fully copied or downloaded); open it in Excel and save it again</source>
        <translation>ملف Excel تالف أو غير مكتمل (ربما لم يُنسخ أو يُنزَّل بالكامل)؛ افتحه في Excel واحفظه مجددًا</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the amount is empty</source>
        <translation>المبلغ فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is empty</source>
        <translation>التاريخ فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date is before the invoice date</source>
        <translation>تاريخ الاستحقاق يسبق تاريخ الفاتورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be read as an Excel workbook; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>تعذّرت قراءة الملف كمصنف Excel؛ افتحه في Excel واحفظه بصيغة xlsx أو بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file has only the header row; there are no rows to import</source>
        <translation>لا يحتوي الملف إلا على صف العناوين؛ لا توجد صفوف للاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is UTF-8 text with a damaged character on line {line}; fix that line or open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>الملف نص بترميز UTF-8 فيه حرف تالف في السطر {line}؛ صحّح ذلك السطر أو افتح الملف في Excel واحفظه بصيغة xlsx أو بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file is too large to import (over {limit} MB)</source>
        <translation>الملف أكبر من أن يُستورد (أكثر من {limit} ميغابايت)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file says it is {encoding} text but has an invalid character on line {line}; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>يُشير الملف إلى أنه نص بترميز {encoding}، لكن فيه حرفًا غير صالح في السطر {line}؛ افتحه في Excel واحفظه بصيغة xlsx أو بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the number is empty</source>
        <translation>الرقم فارغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the required column {key} is missing; name it {name}, {hebrew} or {arabic}</source>
        <translation>العمود المطلوب {key} غير موجود؛ سمِّه {name} أو {hebrew} أو {arabic}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text is too long ({length} characters; at most {limit})</source>
        <translation>النص طويل جدًا (عدد الأحرف {length}؛ الحد الأقصى {limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workbook has no worksheet</source>
        <translation>لا يحتوي المصنف على أي ورقة عمل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this column is required but the cell is empty</source>
        <translation>هذا العمود مطلوب لكن الخلية فارغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this column means the same as column “{first}” ({key}); keep only one</source>
        <translation>لهذا العمود معنى العمود «{first}» نفسه ({key})؛ أبقِ واحدًا منهما فقط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this file is a PDF document, not a CSV or Excel (.xlsx) file</source>
        <translation>هذا الملف مستند PDF، وليس ملف CSV أو Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file is a {image} image, not a CSV or Excel (.xlsx) file</source>
        <translation>هذا الملف صورة {image}، وليس ملف CSV أو Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this file is not a CSV or Excel (.xlsx) file: it holds binary data</source>
        <translation>هذا الملف ليس ملف CSV أو Excel (.xlsx): فهو يحتوي على بيانات ثنائية</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a web page (HTML) or XML file, not a spreadsheet; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>هذه صفحة ويب (HTML) أو ملف XML، وليست جدول بيانات؛ افتحه في Excel واحفظه بصيغة xlsx أو بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is an old Excel 97-2003 (.xls) file or a password-protected workbook; open it in Excel and save it as .xlsx without a password, or as CSV UTF-8</source>
        <translation>هذا ملف Excel 97-2003 (.xls) قديم أو مصنف محمي بكلمة مرور؛ افتحه في Excel واحفظه بصيغة xlsx دون كلمة مرور، أو بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains a comma (like 1,234.50) must be inside double quotes</source>
        <translation>عدد القيم في هذا الصف {used} بينما عدد الأعمدة في صف العناوين {width}؛ يجب وضع كل قيمة تحتوي على فاصلة (مثل 1,234.50) بين علامتي اقتباس مزدوجتين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains a semicolon must be inside double quotes</source>
        <translation>عدد القيم في هذا الصف {used} بينما عدد الأعمدة في صف العناوين {width}؛ يجب وضع كل قيمة تحتوي على فاصلة منقوطة بين علامتي اقتباس مزدوجتين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains a tab must be inside double quotes</source>
        <translation>عدد القيم في هذا الصف {used} بينما عدد الأعمدة في صف العناوين {width}؛ يجب وضع كل قيمة تحتوي على حرف جدولة بين علامتي اقتباس مزدوجتين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this row has {used} values but the header has {width} columns; a value that contains “{delimiter}” must be inside double quotes</source>
        <translation>عدد القيم في هذا الصف {used} بينما عدد الأعمدة في صف العناوين {width}؛ يجب وضع كل قيمة تحتوي على «{delimiter}» بين علامتي اقتباس مزدوجتين</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} is longer than {limit} characters</source>
        <translation>يتجاوز النص في حقل {field} الحد الأقصى لعدد الأحرف ({limit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not a date</source>
        <translation>يجب إدخال تاريخ صحيح في حقل {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is required</source>
        <translation>حقل {field} مطلوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a number</source>
        <translation>يجب إدخال رقم في حقل {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be more than zero</source>
        <translation>يجب أن تكون القيمة في حقل {field} أكبر من صفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} has more than two decimals</source>
        <translation>القيمة {value} في حقل {field} فيها أكثر من رقمين بعد الفاصلة العشرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} is out of range</source>
        <translation>القيمة {value} في حقل {field} خارج النطاق المسموح به</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} {value} is too large</source>
        <translation>القيمة {value} في حقل {field} كبيرة جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has nothing open to write about</source>
        <translation>ليس لدى الزبون {name} بنود مفتوحة يمكن إدراجها في رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged (integrity check failed)</source>
        <translation>الملف {name} تالف (فشل فحص السلامة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an arapp backup</source>
        <translation>الملف {name} ليس نسخة احتياطية من arapp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an arapp backup ({reason})</source>
        <translation>الملف {name} ليس نسخة احتياطية من arapp ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was made by a newer arapp (schema {version})</source>
        <translation>أُنشئ الملف {name} بإصدار أحدث من arapp (إصدار بنية البيانات {version})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is already void</source>
        <translation>القيد {number} ملغى مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” does not exist: there is no month {month} (YYYY-MM-DD)</source>
        <translation>التاريخ «{text}» غير موجود: لا يوجد شهر رقمه {month} (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” does not exist: there is no month {month} (dates are day first: DD/MM/YYYY)</source>
        <translation>التاريخ «{text}» غير موجود: لا يوجد شهر رقمه {month} (يُكتب اليوم أولًا في التاريخ: DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” does not exist: {month_name} {year} has {days} days</source>
        <translation>التاريخ «{text}» غير موجود: عدد أيام شهر {month_name} {year} هو {days}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” has more than two decimals; amounts are in shekels and agorot and are never rounded on import</source>
        <translation>القيمة «{text}» فيها أكثر من رقمين بعد الفاصلة العشرية؛ المبالغ بالشيكل والأغورة ولا تُقرَّب أبدًا عند الاستيراد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is a number, not a date; format the cell as a date or use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>القيمة «{text}» رقم وليست تاريخًا؛ نسّق الخلية كتاريخ أو اكتب التاريخ بالشكل DD/MM/YYYY (اليوم أولًا) أو DD.MM.YYYY أو YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a date; use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD</source>
        <translation>القيمة «{text}» ليست تاريخًا؛ اكتب التاريخ بالشكل DD/MM/YYYY (اليوم أولًا) أو DD.MM.YYYY أو YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a number</source>
        <translation>القيمة «{text}» ليست رقمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a phone number: it needs 9 to 13 digits (spaces, dashes, parentheses and a leading + are allowed; one number per cell)</source>
        <translation>القيمة «{text}» ليست رقم هاتف: يجب أن يتكون الرقم من 9 إلى 13 خانة (يُسمح بالمسافات والشرطات والأقواس وبعلامة + في البداية؛ رقم واحد في كل خلية)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not a whole number</source>
        <translation>القيمة «{text}» ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount</source>
        <translation>القيمة «{text}» ليست مبلغًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount (more than one decimal point)</source>
        <translation>القيمة «{text}» ليست مبلغًا (فيها أكثر من فاصلة عشرية واحدة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount (two minus signs)</source>
        <translation>القيمة «{text}» ليست مبلغًا (فيها علامتا ناقص)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not an amount; write digits with an optional decimal point, like 1234.50 or 1,234.50</source>
        <translation>القيمة «{text}» ليست مبلغًا؛ اكتب أرقامًا مع فاصلة عشرية عند الحاجة، مثل 1234.50 أو 1,234.50</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is not an email address (one address per cell)</source>
        <translation>القيمة «{text}» ليست عنوان بريد إلكتروني (عنوان واحد في كل خلية)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not recognised; use consumer or business ({names})</source>
        <translation>القيمة «{text}» غير معروفة؛ اكتب consumer أو business ({names})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not recognised; use he, ar or en (or {names})</source>
        <translation>القيمة «{text}» غير معروفة؛ اكتب he أو ar أو en (أو {names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not recognised; use one of cash, check, credit_card, bank_transfer, app, other ({names})</source>
        <translation>القيمة «{text}» غير معروفة؛ اكتب إحدى القيم: cash, check, credit_card, bank_transfer, app, other ({names})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}” is too large; amounts must be under {limit}</source>
        <translation>القيمة «{text}» كبيرة جدًا؛ يجب أن يكون المبلغ أقل من {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” must be from {minimum} to {maximum}</source>
        <translation>يجب أن تكون القيمة «{text}» بين {minimum} و{maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” must be more than zero</source>
        <translation>يجب أن تكون القيمة «{text}» أكبر من صفر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}” must be on one line (no line breaks or tabs)</source>
        <translation>يجب أن تكون القيمة «{text}» في سطر واحد (دون فواصل أسطر أو علامات جدولة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” needs a four-digit year, like 15/03/2026</source>
        <translation>يجب كتابة السنة في «{text}» بأربعة أرقام، مثل 15/03/2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” uses a comma as the decimal point; write it as {plain} (a dot before the agorot, commas only between thousands)</source>
        <translation>القيمة «{text}» تستخدم الفاصلة كفاصلة عشرية؛ اكتبها هكذا: {plain} (نقطة قبل الأغورات، والفواصل بين الآلاف فقط)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{text}”: the year {year} is out of range; dates must be from {first} to {last}</source>
        <translation>في «{text}» السنة {year} خارج النطاق؛ يجب أن تكون التواريخ بين عامي {first} و{last}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A chosen item is no longer open</source>
        <translation>أحد البنود المحددة لم يعد مفتوحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another plan was saved meanwhile; show the agreement again before saving</source>
        <translation>حُفظت خطة أخرى في هذه الأثناء؛ اعرض الاتفاقية مجددًا قبل الحفظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At {amount} each the debt would take more than {limit} installments</source>
        <translation>بأقساط قيمة كلٍّ منها {amount} يحتاج سداد الدين إلى أكثر من {limit} قسطًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {number} of account {account} is already recorded</source>
        <translation>الشيك {number} من الحساب {account} مسجَّل مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the amount {amount} does not match the installment ({expected})</source>
        <translation>الشيك {row}: المبلغ {amount} لا يطابق القسط ({expected})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {row}: the plan has no installment {row}</source>
        <translation>الشيك {row}: لا يوجد في الخطة قسط رقم {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give either the number of installments or the amount of each</source>
        <translation>حدّد إما عدد الأقساط وإما مبلغ كل قسط، أحدهما فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace days must be between 0 and {limit}</source>
        <translation>يجب أن تكون أيام السماح بين 0 و{limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s address</source>
        <translation>عنوان الكفيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s maximum liability</source>
        <translation>الحد الأقصى لمسؤولية الكفيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s name</source>
        <translation>اسم الكفيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarantor&apos;s phone</source>
        <translation>هاتف الكفيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment {row} has two cheques</source>
        <translation>للقسط {row} شيكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No installment plan {plan}</source>
        <translation>لا توجد خطة تقسيط رقم {plan}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} has nothing left to pay</source>
        <translation>لم يبقَ شيء للدفع في الخطة {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} is already cancelled</source>
        <translation>الخطة {number} ملغاة مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} is cancelled</source>
        <translation>الخطة {number} ملغاة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} is in good standing: no installment is more than {days} days late</source>
        <translation>الخطة {number} منتظمة: لا يوجد قسط متأخر أكثر من {days} يومًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan {number} is paid in full</source>
        <translation>الخطة {number} مسدَّدة بالكامل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That agreement is already signed</source>
        <translation>هذه الاتفاقية موقّعة مسبقًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That agreement no longer exists</source>
        <translation>هذه الاتفاقية لم تعد موجودة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a PDF document</source>
        <translation>هذا ليس مستند PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That plan is another customer&apos;s</source>
        <translation>هذه الخطة تخص زبونًا آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annual interest rate must be between 0% and {limit}%</source>
        <translation>يجب أن تكون الفائدة السنوية بين 0% و{limit}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The down payment must be less than the debt ({debt})</source>
        <translation>يجب أن تكون الدفعة الأولى أقل من الدين ({debt})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first installment cannot be due before {day}</source>
        <translation>لا يمكن أن يستحق القسط الأول قبل {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guarantor&apos;s ID number “{value}” is not valid</source>
        <translation>رقم هوية الكفيل «{value}» غير صحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kept agreement is damaged: its fingerprint does not match</source>
        <translation>الاتفاقية المحفوظة تالفة: بصمتها الرقمية لا تطابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of installments must be between 1 and {limit}</source>
        <translation>يجب أن يكون عدد الأقساط بين 1 و{limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan is larger than {limit} MB</source>
        <translation>حجم المستند الممسوح أكبر من {limit} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no debt to spread</source>
        <translation>لا يوجد دين لتقسيطه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no open debt to spread</source>
        <translation>لا يوجد دين مفتوح لتقسيطه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This moved invoices into installment plan {number}; cancel the plan instead</source>
        <translation>نقل هذا القيد فواتير إلى خطة التقسيط {number}؛ ألغِ الخطة بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown language “{lang}”</source>
        <translation>لغة غير معروفة: «{lang}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown way of signing “{how}”</source>
        <translation>طريقة توقيع غير معروفة: «{how}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} installments are too many for a debt of {debt}</source>
        <translation>عدد الأقساط {count} كبير جدًا لدين قدره {debt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} cannot be negative</source>
        <translation>لا يمكن أن تكون قيمة {field} سالبة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too large</source>
        <translation>قيمة {field} كبيرة جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be an amount with at most two decimals</source>
        <translation>يجب أن تكون قيمة {field} مبلغًا فيه رقمان عشريان على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number} is an installment of plan {plan}; cancel the plan instead</source>
        <translation>{number} قسط من الخطة {plan}؛ ألغِ الخطة بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} was moved into installment plan {plan}; correct it with a credit note instead</source>
        <translation>نُقل {number} إلى خطة التقسيط {plan}؛ صحّحه بإشعار دائن بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Debt</source>
        <translation>الدين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down payment</source>
        <translation>الدفعة الأولى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual interest rate</source>
        <translation>الفائدة السنوية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount of each installment</source>
        <translation>مبلغ كل قسط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bank is a number of up to 2 digits</source>
        <translation>رقم البنك عدد من خانتين على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the bank is a number of up to 2 digits</source>
        <translation>الشيك {row}: رقم البنك عدد من خانتين على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the branch is a number of up to 3 digits</source>
        <translation>رقم الفرع عدد من 3 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the branch is a number of up to 3 digits</source>
        <translation>الشيك {row}: رقم الفرع عدد من 3 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the account is a number of up to 9 digits</source>
        <translation>رقم الحساب عدد من 9 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the account is a number of up to 9 digits</source>
        <translation>الشيك {row}: رقم الحساب عدد من 9 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cheque number is a number of up to 10 digits</source>
        <translation>رقم الشيك عدد من 10 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the cheque number is a number of up to 10 digits</source>
        <translation>الشيك {row}: رقم الشيك عدد من 10 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the amount must have at most two decimals</source>
        <translation>يجب ألا يزيد المبلغ على رقمين عشريين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the amount must have at most two decimals</source>
        <translation>الشيك {row}: يجب ألا يزيد المبلغ على رقمين عشريين</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount must be more than zero</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the amount must be more than zero</source>
        <translation>الشيك {row}: يجب أن يكون المبلغ أكبر من صفر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a cheque drawn by someone else needs the drawer&apos;s ID number</source>
        <translation>الشيك الذي يسحبه شخص آخر يحتاج إلى رقم هوية الساحب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: a cheque drawn by someone else needs the drawer&apos;s ID number</source>
        <translation>الشيك {row}: الشيك الذي يسحبه شخص آخر يحتاج إلى رقم هوية الساحب</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the drawer&apos;s ID number {value} is not valid</source>
        <translation>رقم هوية الساحب {value} غير صحيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the drawer&apos;s ID number {value} is not valid</source>
        <translation>الشيك {row}: رقم هوية الساحب {value} غير صحيح</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The shop file {path} is open in arapp on the computer {host} since {since}. Close arapp there first; only one copy may work on a shop at a time.</source>
        <translation>ملف المحل {path} مفتوح في arapp على الحاسوب {host} منذ {since}. أغلق arapp هناك أولًا؛ فلا يعمل على المحل إلا برنامج واحد في كل مرة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no shop file at {path}. Check the name; a new shop is made by the app, by “arapp demo” or by “arapp import customers”.</source>
        <translation>لا يوجد ملف محل في {path}. تحقّق من الاسم؛ يُنشأ محل جديد من البرنامج أو بالأمر «arapp demo» أو «arapp import customers».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup cannot go into “{path}”: it is a file, not a folder</source>
        <translation>لا يمكن حفظ النسخة الاحتياطية في «{path}»: إنه ملف وليس مجلدًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية في {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not pass the ledger checks: {problem}</source>
        <translation>الملف {name} لا يجتاز فحوص الحسابات: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shop has no backup yet</source>
        <translation>لا توجد نسخة احتياطية لهذا المحل بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest backup of this shop is from {day}, {days} days ago</source>
        <translation>أحدث نسخة احتياطية لهذا المحل من تاريخ {day}، أي قبل {days} يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case file cannot be written to {path}</source>
        <translation>تعذّر حفظ ملف القضية في {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second backup folder {path} cannot be written to; check that the USB stick or the synced folder is there</source>
        <translation>لا يمكن الكتابة في مجلد النسخ الاحتياطية الثاني {path}؛ تأكّد من توصيل ذاكرة USB أو من وجود المجلد المتزامن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The automatic backup failed</source>
        <translation>فشل النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be between {low} and {high}</source>
        <translation>{field}: يجب إدخال رقم بين {low} و{high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a full path to a folder</source>
        <translation>{field}: يجب إدخال مسار كامل لمجلد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be a folder other than the automatic one</source>
        <translation>{field}: يجب اختيار مجلد غير مجلد النسخ التلقائية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily backups kept</source>
        <translation>عدد النسخ اليومية المحفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly backups kept</source>
        <translation>عدد النسخ الشهرية المحفوظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second backup folder</source>
        <translation>مجلد النسخ الاحتياطية الثاني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is not right</source>
        <translation>كلمة المرور الحالية غير صحيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must have from {low} to {high} characters</source>
        <translation>{field}: يجب أن يتكون من {low} إلى {high} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>“{text}” cannot be negative</source>
        <translation>لا يمكن أن تكون القيمة «{text}» سالبة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file {path} is not an arapp shop file, or it is damaged.</source>
        <translation>الملف {path} ليس ملف محل من arapp، أو أنه تالف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop file {path} is busy in another program or window; try again in a moment.</source>
        <translation>ملف المحل {path} مفتوح في برنامج أو نافذة أخرى؛ حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop file {path} was made by a newer version of arapp; update arapp to open it.</source>
        <translation>ملف المحل {path} أُنشئ بإصدار أحدث من arapp؛ حدّث arapp لتتمكن من فتحه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shop file {path} cannot be opened; check that its folder exists and that you may write in it.</source>
        <translation>تعذّر فتح ملف المحل {path}؛ تأكد من أن مجلده موجود وأن لديك صلاحية الكتابة فيه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has {amount} overdue on {day}, but all of it is disputed; settle the dispute before sending a letter</source>
        <translation>على الزبون {name} مبلغ متأخر قدره {amount} حتى تاريخ {day}، غير أنّ المبلغ كله موضع نزاع؛ يُرجى تسوية النزاع قبل إرسال أي رسالة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} “{text}” is not an ID number: an Israeli ID or company number has up to 9 digits</source>
        <translation>في حقل {field}، القيمة «{text}» ليست رقم هوية: رقم الهوية أو رقم الشركة الإسرائيلي مؤلف من 9 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} “{text}” is not valid: its check digit is wrong</source>
        <translation>في حقل {field}، الرقم «{text}» غير صحيح: خانة التحقق خاطئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} “{text}” is not an e-mail address</source>
        <translation>في حقل {field}، القيمة «{text}» ليست عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} “{text}” is not a phone number: each number needs 9 to 13 digits (spaces, dashes, parentheses and a leading + are allowed; separate numbers with a comma)</source>
        <translation>في حقل {field}، القيمة «{text}» ليست رقم هاتف: يجب أن يتكون كل رقم من 9 إلى 13 خانة (يُسمح بالمسافات والشرطات والأقواس وبعلامة + في البداية؛ افصل بين الأرقام بفاصلة)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{text}” is not an ID number: an Israeli ID or company number has up to 9 digits</source>
        <translation>القيمة «{text}» ليست رقم هوية: رقم الهوية أو رقم الشركة الإسرائيلي مؤلف من 9 خانات على الأكثر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{text}” is not a valid ID number: its check digit is wrong</source>
        <translation>القيمة «{text}» ليست رقم هوية صحيحًا: خانة التحقق خاطئة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A credit note has no payment confirmation</source>
        <translation>لا يُصدر تأكيد دفع لإشعار دائن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That payment is void; it has no confirmation</source>
        <translation>هذه الدفعة ملغاة، فلا يُصدر لها تأكيد</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the number of endorsements must be between 0 and {limit}</source>
        <translation>يجب أن يكون عدد التظهيرات بين 0 و{limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an endorsed cheque needs the endorser&apos;s name</source>
        <translation>الشيك المظهَّر يحتاج إلى اسم المظهِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an endorsed cheque needs the endorser&apos;s ID number (the Cash Law)</source>
        <translation>الشيك المظهَّر يحتاج إلى رقم هوية المظهِّر (قانون تقليص استخدام النقد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the endorser&apos;s ID number {value} is not valid</source>
        <translation>رقم هوية المظهِّر {value} غير صالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name is longer than {limit} characters</source>
        <translation>الاسم أطول من {limit} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: the number of endorsements must be between 0 and {limit}</source>
        <translation>الشيك {row}: يجب أن يكون عدد التظهيرات بين 0 و{limit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {row}: an endorsed cheque needs the endorser&apos;s name</source>
        <translation>الشيك {row}: الشيك المظهَّر يحتاج إلى اسم المظهِّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: an endorsed cheque needs the endorser&apos;s ID number (the Cash Law)</source>
        <translation>الشيك {row}: الشيك المظهَّر يحتاج إلى رقم هوية المظهِّر (قانون تقليص استخدام النقد)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheque {row}: the endorser&apos;s ID number {value} is not valid</source>
        <translation>الشيك {row}: رقم هوية المظهِّر {value} غير صالح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {row}: a name is longer than {limit} characters</source>
        <translation>الشيك {row}: الاسم أطول من {limit} حرفًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan {number} has no installment {n}</source>
        <translation>لا توجد في خطة التقسيط {number} دفعة رقم {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment {n} of plan {number} has nothing left to pay</source>
        <translation>لم يبقَ شيء للدفع في الدفعة {n} من خطة التقسيط {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of returned cheques must be between 1 and 100</source>
        <translation>يجب أن يكون عدد الشيكات المرتجعة بين 1 و100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cheque {cheque} in the register</source>
        <translation>لا يوجد الشيك {cheque} في سجل الشيكات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deposit {deposit}</source>
        <translation>لا يوجد إيداع {deposit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>الحساب البنكي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit date</source>
        <translation>تاريخ الإيداع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash amount</source>
        <translation>المبلغ نقدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the cheques to deposit</source>
        <translation>اختر الشيكات التي تريد إيداعها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These cheques are dated after {day} and cannot be deposited yet: {numbers}</source>
        <translation>هذه الشيكات مؤرخة بعد {day} ولا يمكن إيداعها بعد: {numbers}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the cheques that cleared</source>
        <translation>اختر الشيكات التي صُرفت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was deposited on {day}; it cannot clear before that</source>
        <translation>أُودع الشيك {number} في {day}؛ لا يمكن أن يُصرف قبل ذلك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown reason “{reason}” for a returned cheque</source>
        <translation>سبب غير معروف لشيك مرتجع: «{reason}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was not returned by the bank</source>
        <translation>لم يُرجع البنك الشيك {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee of cheque {number} is already charged</source>
        <translation>رسوم الشيك {number} محسوبة من قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a consumer: no collection cost may be charged before 14 days have passed since the debt notice (§13B2). Return the cheque without the fee</source>
        <translation>{name} مستهلك: لا يجوز تحميله تكاليف تحصيل قبل مرور 14 يومًا على إشعار الدين (البند 13ب2). سجّل إرجاع الشيك بدون الرسوم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace a cheque with another cheque or with cash</source>
        <translation>استبدل الشيك بشيك آخر أو بالنقد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The forecast covers 1 to 60 months</source>
        <translation>تغطي التوقعات من شهر إلى 60 شهرًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was already returned</source>
        <translation>الشيك {number} مرتجع من قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was given back to the customer</source>
        <translation>أُعيد الشيك {number} إلى الزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} was replaced</source>
        <translation>استُبدل الشيك {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} has already cleared</source>
        <translation>صُرف الشيك {number} من قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} is already deposited</source>
        <translation>الشيك {number} مودع من قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} is still in hand: it was not deposited</source>
        <translation>الشيك {number} ما زال في اليد: لم يُودع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque {number} is over {limit} and endorsed {count} times: under the Cash Law the bank will return it</source>
        <translation>الشيك {number} بأكثر من {limit} ومظهَّر {count} مرات: بموجب قانون تقليص استخدام النقد سيُرجعه البنك</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cheque {number} is dated {day}, more than six months ago: the bank will return it as stale</source>
        <translation>الشيك {number} مؤرخ في {day}، قبل أكثر من ستة أشهر: سيُرجعه البنك لانقضاء مدته</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cheque {number} is {extra} more than {name} owes: the rest stays as credit on account</source>
        <translation>الشيك {number} أكثر بـ {extra} مما على {name}: يبقى الباقي رصيدًا دائنًا في الحساب</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cheque {number} is dated {day}: deposited before its date, the bank returns it</source>
        <translation>الشيك {number} مؤرخ في {day}: إذا أُودع قبل تاريخه يُرجعه البنك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replacement is {extra} more than {name} owes: the rest stays as credit on account</source>
        <translation>البديل أكثر بـ {extra} مما على {name}: يبقى الباقي رصيدًا دائنًا في الحساب</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cheque {number} of account {account} is already recorded</source>
        <translation>الشيك {number} من الحساب {account} مسجَّل من قبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {account} had {count} cheques returned in the last 12 months: under the Cheques Without Cover Law it is probably restricted</source>
        <translation>أُرجع من الحساب {account} عدد {count} من الشيكات في آخر 12 شهرًا: بموجب قانون الشيكات بدون رصيد فهو على الأرجح مقيَّد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cheque {number} was deposited on {day}; it cannot come back before that</source>
        <translation>أُودع الشيك {number} في {day}؛ لا يمكن أن يُرجع قبل ذلك</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A collection message to a consumer may go only {days} days after the debt notice (sent on {day}); the earliest day is {earliest}</source>
        <translation>لا يجوز إرسال رسالة تحصيل إلى المستهلك إلا بعد {days} يومًا من الإشعار بالدين (المرسَل في {day})؛ وأقرب موعد هو {earliest}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A collection message to a consumer needs a debt notice first (§13B2); none was sent for {items}</source>
        <translation>رسالة التحصيل إلى المستهلك تتطلّب إشعارًا بدين أولًا (البند 13ب2)؛ لم يُرسَل إشعار بخصوص {items}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the mail server {host}:{port}; check the e-mail settings and the connection</source>
        <translation>تعذّر الوصول إلى خادم البريد {host}:{port}؛ تحقّق من إعدادات البريد الإلكتروني ومن الاتصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each delay of the ladder must be a whole number of days from {least} to {most}</source>
        <translation>يجب أن تكون كل مهلة في سُلَّم التحصيل عددًا صحيحًا من الأيام بين {least} و{most}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing of {name} is overdue on {day}; no reminder is needed</source>
        <translation>ليس على {name} أيّ مبلغ متأخر في {day}؛ لا حاجة إلى تذكير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the mail server in Settings › E-mail first</source>
        <translation>اضبط خادم البريد أولًا في الإعدادات › البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has no phone number</source>
        <translation>لا يوجد رقم هاتف للزبون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handover comes after the warning: keep the warning too</source>
        <translation>التحويل إلى محامٍ يأتي بعد الإنذار: أبقِ الإنذار أيضًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server did not accept the message; nothing was sent ({reason})</source>
        <translation>لم يقبل خادم البريد الرسالة؛ لم يُرسَل شيء ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the address “{address}”</source>
        <translation>رفض خادم البريد العنوان «{address}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server refused the message ({code}); nothing was sent</source>
        <translation>رفض خادم البريد الرسالة ({code})؛ لم يُرسَل شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server refused the user name or password; check the e-mail settings</source>
        <translation>رفض خادم البريد اسم المستخدم أو كلمة المرور؛ تحقّق من إعدادات البريد الإلكتروني</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The wait after the debt notice must be at least {days} days (§13B2)</source>
        <translation>يجب ألّا تقلّ المهلة بعد الإشعار بالدين عن {days} يومًا (البند 13ب2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown connection security “{security}”</source>
        <translation>نوع حماية غير معروف «{security}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown ladder level “{level}”</source>
        <translation>مرحلة غير معروفة في سُلَّم التحصيل «{level}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown message kind “{kind}”</source>
        <translation>نوع رسالة غير معروف «{kind}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be from 1 to 65535</source>
        <translation>يجب أن يكون {field} بين 1 و65535</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: enter the mail server&apos;s name</source>
        <translation>{field}: أدخل اسم خادم البريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: “{value}” is not an e-mail address</source>
        <translation>{field}: «{value}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no e-mail address</source>
        <translation>لا يوجد عنوان بريد إلكتروني لـ{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} owes nothing on {day}</source>
        <translation>ليس على {name} أيّ دين في {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{address}” is not an e-mail address</source>
        <translation>«{address}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{phone}” is a landline, not a mobile number: it cannot receive WhatsApp or SMS messages</source>
        <translation>«{phone}» رقم هاتف أرضي وليس رقمًا خلويًا: لا يمكنه استقبال رسائل WhatsApp أو SMS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{phone}” is not a phone number</source>
        <translation>«{phone}» ليس رقم هاتف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{phone}” is not an Israeli phone number (it should start with 0 or +972)</source>
        <translation>«{phone}» ليس رقم هاتف إسرائيليًا (يجب أن يبدأ بـ 0 أو ‎+972)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail server</source>
        <translation>خادم البريد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>عنوان المرسِل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No program on this computer opens this kind of link</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح هذا النوع من الروابط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of entry “{value}”</source>
        <translation>نوع قيد غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown direction “{value}”</source>
        <translation>اتجاه غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown outcome “{value}”</source>
        <translation>نتيجة غير معروفة: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown reason for not paying “{value}”</source>
        <translation>سبب عدم الدفع غير معروف: «{value}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry&apos;s day {day} is in the future</source>
        <translation>تاريخ القيد {day} في المستقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry&apos;s time {time} is later than now</source>
        <translation>وقت القيد {time} لم يحن بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promise to pay needs both an amount and a date</source>
        <translation>الوعد بالدفع يحتاج إلى مبلغ وتاريخ معًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry with a promise to pay has the outcome “promised”</source>
        <translation>نتيجة القيد الذي فيه وعد بالدفع هي «وعد بالدفع»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promise date {day} is in the past</source>
        <translation>تاريخ الوعد {day} قد مضى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up date {day} is before the day of the entry ({entry_day})</source>
        <translation>تاريخ المتابعة {day} يسبق تاريخ القيد ({entry_day})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That entry of the log no longer exists</source>
        <translation>هذا القيد لم يعد موجودًا في سجل التواصل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry written by the app cannot be corrected by hand; correct the record behind it</source>
        <translation>القيد الذي أنشأه البرنامج لا يُصحَّح يدويًا؛ صحّح السجل الذي صدر عنه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That entry was already corrected; correct its newest version</source>
        <translation>هذا القيد صُحِّح من قبل؛ صحّح أحدث نسخة منه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grace days of a promise to pay must be between 0 and {limit}</source>
        <translation>يجب أن تكون أيام السماح للوعد بالدفع بين 0 و{limit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is on stop credit: a new invoice needs the owner&apos;s override</source>
        <translation>الائتمان موقوف لـ{name}: الفاتورة الجديدة تحتاج إلى موافقة خاصة من صاحب المحل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This invoice takes {name} to {exposure}, {over} over the credit limit of {limit}; it needs the owner&apos;s override</source>
        <translation>هذه الفاتورة ترفع ما على {name} إلى {exposure}، أي {over} فوق سقف الائتمان البالغ {limit}؛ تحتاج إلى موافقة خاصة من صاحب المحل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} was handed over to {to} on {day}: letters asking for payment go through them now (a statement of account can still be made)</source>
        <translation>أُحيل ملف {name} إلى {to} في {day}: رسائل المطالبة بالدفع تمرّ عن طريقهم من الآن (ويمكن مع ذلك إصدار كشف حساب)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The handover date {day} is in the future</source>
        <translation>تاريخ الإحالة {day} في المستقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was already handed over to {to} on {day}</source>
        <translation>ملف {name} أُحيل من قبل إلى {to} في {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not handed over</source>
        <translation>ملف {name} غير مُحال إلى جهة خارجية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover date</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise amount</source>
        <translation>مبلغ الوعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise date</source>
        <translation>تاريخ الوعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up date</source>
        <translation>تاريخ المتابعة</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>The period ends before it starts</source>
        <translation>تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cheques were deposited in that period</source>
        <translation>لم تُودَع أي شيكات في هذه الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the deposits, or give --from and --to</source>
        <translation>حدّد الإيداعات، أو أعطِ --from و --to</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Account {account} has returned cheques in the register ({count}) and was never checked against the Bank of Israel&apos;s restricted accounts</source>
        <translation>للحساب {account} شيكات مرتجعة في السجل ({count})، ولم يُفحص قط في قائمة الحسابات المقيدة لبنك إسرائيل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account {account} has returned cheques in the register ({count}); it was last checked against the Bank of Israel&apos;s restricted accounts on {day}</source>
        <translation>للحساب {account} شيكات مرتجعة في السجل ({count})؛ فُحص آخر مرة في قائمة الحسابات المقيدة لبنك إسرائيل في {day}</translation>
    </message>
    <message>
        <location line="-493"/>
        <source>A sample shop has between 1 and {most} of each; {count} is not</source>
        <translation>يضمّ المتجر التجريبي ما بين 1 و{most} من كل نوع؛ العدد {count} غير مقبول</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>the workbook is too large to import (over {limit} MB unpacked)</source>
        <translation>المصنف أكبر من أن يُستورد (أكثر من {limit} MB بعد فك الضغط)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workbook has {rows} rows; at most {limit} can be imported at once: split it into smaller files</source>
        <translation>في المصنف {rows} صفًا؛ يمكن استيراد {limit} صف على الأكثر دفعة واحدة: قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text “{text}” reads as garbage: the file is not UTF-8, Windows Hebrew or Windows Arabic text; open it in Excel and save it as .xlsx or as CSV UTF-8</source>
        <translation>النص «{text}» يظهر رموزًا غير مفهومة: الملف ليس نصًا بترميز UTF-8 ولا بالعبرية أو العربية من Windows؛ افتح الملف في Excel واحفظه بصيغة xlsx أو بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>This shop file already holds a shop (business details or records): the sample shop goes into a new file</source>
        <translation>هذا الملف فيه متجر بالفعل (بيانات المصلحة أو سجلات): المتجر التجريبي يُنشأ في ملف جديد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field} must be on one line</source>
        <translation>حقل {field} يجب أن يكون في سطر واحد</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../arapp/ui/ledger/void_dialog.py" line="+87"/>
        <source>Void</source>
        <translation>إلغاء قيد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voiding keeps the record, marked void, and re-opens or re-applies the money it touched. It cannot be undone.</source>
        <translation>يبقى القيد الملغى محفوظًا مع وسمه بأنه ملغى، ويُعاد فتح المبالغ المرتبطة به أو إعادة تخصيصها. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason (required):</source>
        <translation>&amp;سبب الإلغاء (إلزامي):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void</source>
        <translation>إ&amp;لغاء القيد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep it</source>
        <translation>إبقاء ال&amp;قيد</translation>
    </message>
</context>
<context>
    <name>_ChequesDialog</name>
    <message>
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="-156"/>
        <source>Cheque %1 of %2, %3, dated %4</source>
        <translation>الشيك %1 من الحساب %2، %3، بتاريخ %4</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n cheque(s), total %1</source>
        <translation>
            <numerusform>%n شيك، المجموع %1</numerusform>
            <numerusform>%n شيك، المجموع %1</numerusform>
            <numerusform>%n شيكات، المجموع %1</numerusform>
            <numerusform>%n شيكات، المجموع %1</numerusform>
            <numerusform>%n شيكًا، المجموع %1</numerusform>
            <numerusform>%n شيك، المجموع %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanDialog</name>
    <message>
        <location filename="../arapp/ui/plans/plan_decisions.py" line="-228"/>
        <source>plan %1 (version %2)</source>
        <translation>خطة التقسيط %1 (النسخة %2)</translation>
    </message>
</context>
</TS>
