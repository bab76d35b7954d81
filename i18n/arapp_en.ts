<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgingView</name>
    <message numerus="yes">
        <location filename="../arapp/ui/aging/aging_view.py" line="+318"/>
        <source>%n customer(s) · total %1 · overdue %2</source>
        <translation>
            <numerusform>%n customer · total %1 · overdue %2</numerusform>
            <numerusform>%n customers · total %1 · overdue %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChequesPanel</name>
    <message numerus="yes">
        <location filename="../arapp/ui/cheques/cheques_view.py" line="+215"/>
        <source>%n cheque(s) · total %1</source>
        <translation>
            <numerusform>%n cheque · total %1</numerusform>
            <numerusform>%n cheques · total %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message numerus="yes">
        <location filename="../arapp/ui/ledger/payment_dialog.py" line="+345"/>
        <source>%n cheque(s) recorded. Type the next one, or close.</source>
        <translation>
            <numerusform>%n cheque recorded. Type the next one, or close.</numerusform>
            <numerusform>%n cheques recorded. Type the next one, or close.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message numerus="yes">
        <location filename="../arapp/ui/plans/terms_page.py" line="+404"/>
        <source>%n installment(s), %1 in all (interest %2). Total payable with the down payment: %3.</source>
        <translation>
            <numerusform>%n installment, %1 in all (interest %2). Total payable with the down payment: %3.</numerusform>
            <numerusform>%n installments, %1 in all (interest %2). Total payable with the down payment: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ChequesDialog</name>
    <message numerus="yes">
        <location filename="../arapp/ui/cheques/cheque_dialogs.py" line="+88"/>
        <source>%n cheque(s), total %1</source>
        <translation>
            <numerusform>%n cheque, total %1</numerusform>
            <numerusform>%n cheques, total %1</numerusform>
        </translation>
    </message>
</context>
</TS>
