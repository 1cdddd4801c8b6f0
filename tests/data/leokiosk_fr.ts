<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A one-message catalogue for tst_languagemanager; the real ones live in translations/. -->
<TS version="2.1" language="fr_FR">
<context>
    <name>EntMessages</name>
    <message>
        <source>The identifier or the password is incorrect.</source>
        <translation>L&apos;identifiant ou le mot de passe est incorrect.</translation>
    </message>
</context>
</TS>
