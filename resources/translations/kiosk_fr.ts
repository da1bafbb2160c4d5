<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>DocumentsController</name>
    <message numerus="yes">
        <source>Badges (%n)</source>
        <translation>
            <numerusform>Badge (%n)</numerusform>
            <numerusform>Badges (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewController</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message numerus="yes">
        <source>%n personne(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plus de %n personne(s) — précisez le nom.</source>
        <translation>
            <numerusform>Plus de %n personne — précisez le nom.</numerusform>
            <numerusform>Plus de %n personnes — précisez le nom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personne(s) — précisez le nom.</source>
        <translation>
            <numerusform>%n personne — précisez le nom.</numerusform>
            <numerusform>%n personnes — précisez le nom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Les %n premières sont affichées.</source>
        <translation>
            <numerusform>La première est affichée.</numerusform>
            <numerusform>Les %n premières sont affichées.</numerusform>
        </translation>
    </message>
</context>
</TS>
