<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Address</name>
    <message>
        <location filename="../core/orders/Address.cpp" line="+43"/>
        <source>&quot;%1&quot; is not a postal code (letters, digits, spaces and hyphens).</source>
        <translation>„%1“ ist keine Postleitzahl (Buchstaben, Ziffern, Leerzeichen und Bindestriche).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a two-letter ISO country code such as US or DE.</source>
        <translation>„%1“ ist kein zweistelliger ISO-Ländercode wie US oder DE.</translation>
    </message>
</context>
<context>
    <name>ApiCommands</name>
    <message>
        <location filename="../app/cli/commands/ApiCommands.cpp" line="+85"/>
        <source>The Stripe webhook secret starts with whsec_ (Stripe shows it with the endpoint).</source>
        <translation>Das Geheimnis des Stripe-Webhooks beginnt mit whsec_ (Stripe zeigt es beim Endpunkt an).</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <location filename="../app/api/ApiServer.cpp" line="+103"/>
        <source>TLS needs both --tls-cert and --tls-key.</source>
        <translation>TLS erfordert sowohl --tls-cert als auch --tls-key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain HTTP is only served on loopback; give --tls-cert and --tls-key to listen on %1.</source>
        <translation>Einfaches HTTP wird nur auf Loopback angeboten; geben Sie --tls-cert und --tls-key an, um auf %1 zu lauschen.</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <location filename="../app/api/ApiToken.cpp" line="+65"/>
        <source>The token&apos;s customer is not a customer ID.</source>
        <translation>Der Kunde im Token ist keine Kunden-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s storefront name is not valid.</source>
        <translation>Der Storefront-Name im Token ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token names neither a customer nor a storefront.</source>
        <translation>Das Token nennt weder einen Kunden noch eine Storefront.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API token key must be at least %1 bytes (it is %2); store one with `shipshape-cli secrets set api-jwt` or set SHIPSHAPE_API_JWT_KEY.</source>
        <translation>Der Schlüssel für API-Tokens muss mindestens %1 Bytes lang sein (er hat %2); speichern Sie einen mit `shipshape-cli secrets set api-jwt` oder setzen Sie SHIPSHAPE_API_JWT_KEY.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The bearer token is not a JSON Web Token.</source>
        <translation>Das Bearer-Token ist kein JSON Web Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token&apos;s header is not base64url-encoded JSON.</source>
        <translation>Der Header des Tokens ist kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token must be signed with HS256.</source>
        <translation>Das Token muss mit HS256 signiert sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token&apos;s type must be JWT.</source>
        <translation>Der Typ des Tokens muss JWT sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token asks for extensions this server does not know.</source>
        <translation>Das Token verlangt Erweiterungen, die dieser Server nicht kennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token&apos;s signature is not valid.</source>
        <translation>Die Signatur des Tokens ist ungültig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s claims are not base64url-encoded JSON.</source>
        <translation>Die Claims des Tokens sind kein base64url-kodiertes JSON.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token has no expiry time.</source>
        <translation>Das Token hat keine Ablaufzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is not valid yet.</source>
        <translation>Das Token ist noch nicht gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token was issued by someone else.</source>
        <translation>Das Token wurde von einem anderen Aussteller ausgestellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is meant for another audience.</source>
        <translation>Das Token ist für eine andere Zielgruppe (Audience) bestimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token names no subject.</source>
        <translation>Das Token nennt kein Subject.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the lifetime as a number with s, m, h or d (&quot;1h&quot;), at most 366 days.</source>
        <translation>Geben Sie die Gültigkeitsdauer als Zahl mit s, m, h oder d an („1h“), höchstens 366 Tage.</translation>
    </message>
</context>
<context>
    <name>ApplicationSettings</name>
    <message>
        <location filename="../core/settings/ApplicationSettings.cpp" line="+71"/>
        <source>Enter the provider&apos;s base URL, e.g. https://api.example.com.</source>
        <translation>Geben Sie die Basis-URL des Anbieters ein, z. B. https://api.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not put a user name or password in the base URL; API keys go in the keychain.</source>
        <translation>Geben Sie keinen Benutzernamen und kein Passwort in der Basis-URL an; API-Schlüssel gehören in den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a plain base URL without ? or #.</source>
        <translation>„%1“ muss eine reine Basis-URL ohne ? oder # sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The reservation hold must be %1 to %2 minutes.</source>
        <translation>Die Reservierungsdauer muss %1 bis %2 Minuten betragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown language &quot;%1&quot; (use the system language, en or de).</source>
        <translation>Unbekannte Sprache „%1“ (Systemsprache, en oder de verwenden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown appearance &quot;%1&quot; (use the desktop&apos;s, light or dark).</source>
        <translation>Unbekannte Darstellung „%1“ (die des Desktops, hell oder dunkel verwenden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a Twilio account SID (AC and 32 hexadecimal digits).</source>
        <translation>„%1“ ist keine Twilio-Account-SID (AC und 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a phone number in E.164 form (+ and the country code, e.g. +14155550100).</source>
        <translation>„%1“ ist keine Telefonnummer im Format E.164 (+ und Ländervorwahl, z. B. +14155550100).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Twilio messaging service SID (MG and 32 hexadecimal digits).</source>
        <translation>„%1“ ist keine Twilio-Messaging-Service-SID (MG und 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS needs the Twilio account SID and a sender number or messaging service.</source>
        <translation>Für SMS werden die Twilio-Account-SID und eine Absendernummer oder ein Messaging-Service benötigt.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+23"/>
        <source>The settings could not be written to %1.</source>
        <translation>Die Einstellungen konnten nicht in %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ArchiveDigest</name>
    <message>
        <location filename="../core/archive/ArchiveDigest.cpp" line="+84"/>
        <source>The table %1 is missing.</source>
        <translation>Die Tabelle %1 fehlt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The table %1 has no primary key to order its rows by.</source>
        <translation>Die Tabelle %1 hat keinen Primärschlüssel, nach dem ihre Zeilen sortiert werden können.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No columns known for the table %1.</source>
        <translation>Für die Tabelle %1 sind keine Spalten bekannt.</translation>
    </message>
</context>
<context>
    <name>ArchiveExporter</name>
    <message numerus="yes">
        <location filename="../core/archive/ArchiveExporter.cpp" line="+283"/>
        <source>The archive would name %n row(s) it does not hold; nothing was written.</source>
        <translation>
            <numerusform>Das Archiv würde auf %n Zeile verweisen, die es nicht enthält; es wurde nichts geschrieben.</numerusform>
            <numerusform>Das Archiv würde auf %n Zeilen verweisen, die es nicht enthält; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--from must be a date.</source>
        <translation>--from muss ein Datum sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to must be a date on or after --from (%1).</source>
        <translation>--to muss ein Datum am oder nach --from (%1) sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the archive file to write.</source>
        <translation>Geben Sie die zu schreibende Archivdatei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already; an archive is never written over another file.</source>
        <translation>%1 existiert bereits; ein Archiv überschreibt niemals eine andere Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cannot put the archive in place as %1: %2</source>
        <translation>Das Archiv kann nicht als %1 abgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ArchiveManifest</name>
    <message>
        <location filename="../core/archive/ArchiveManifest.cpp" line="+61"/>
        <source>%1 is not a Shipshape archive: %2</source>
        <translation>%1 ist kein Shipshape-Archiv: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no manifest.</source>
        <translation>es hat kein Manifest.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the manifest has no format.</source>
        <translation>das Manifest nennt kein Format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an archive of format %2; this Shipshape reads up to format %3.</source>
        <translation>%1 ist ein Archiv im Format %2; diese Shipshape-Version liest bis Format %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest&apos;s period or schema version is missing.</source>
        <translation>im Manifest fehlen der Zeitraum oder die Schemaversion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest has no content checksum.</source>
        <translation>das Manifest hat keine Inhaltsprüfsumme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the manifest lists no tables.</source>
        <translation>das Manifest führt keine Tabellen auf.</translation>
    </message>
</context>
<context>
    <name>ArchivePurge</name>
    <message>
        <location filename="../core/archive/ArchivePurge.cpp" line="+136"/>
        <source>orders placed through %1 purged (archive %2)</source>
        <translation>bis %1 aufgegebene Bestellungen entfernt (Archiv %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--through must be a date.</source>
        <translation>--through muss ein Datum sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the archive to verify.</source>
        <translation>Geben Sie das zu prüfende Archiv an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an admin may purge orders; %1 is not one.</source>
        <translation>Nur ein Admin darf Bestellungen entfernen; %1 ist kein Admin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive %1 is redacted: its rows differ from the database&apos;s, so it cannot prove that it holds the orders. Export one without --redact-customers.</source>
        <translation>Das Archiv %1 ist pseudonymisiert: Seine Zeilen weichen von denen der Datenbank ab, daher kann es nicht belegen, dass es die Bestellungen enthält. Exportieren Sie ein Archiv ohne --redact-customers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive %1 was exported from %2, not from this database (%3).</source>
        <translation>Das Archiv %1 wurde aus %2 exportiert, nicht aus dieser Datenbank (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive %1 holds the orders placed through %2; it cannot cover a purge through %3.</source>
        <translation>Das Archiv %1 enthält die bis %2 aufgegebenen Bestellungen; es kann kein Entfernen bis %3 abdecken.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>order %1 (%2)</source>
        <translation>Bestellung %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was purged: only finished orders (delivered or cancelled, with nothing still under way) can be purged: %1.</source>
        <translation>Es wurde nichts entfernt: Nur abgeschlossene Bestellungen (zugestellt oder storniert, ohne noch laufende Vorgänge) können entfernt werden: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Nothing was purged: the archive %1 lacks %n order(s) placed through %2: %3.</source>
        <translation>
            <numerusform>Es wurde nichts entfernt: Dem Archiv %1 fehlt %n bis %2 aufgegebene Bestellung: %3.</numerusform>
            <numerusform>Es wurde nichts entfernt: Dem Archiv %1 fehlen %n bis %2 aufgegebene Bestellungen: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nothing was purged: %n order(s) changed after the archive %1 was exported: %2. Export the period again.</source>
        <translation>
            <numerusform>Es wurde nichts entfernt: %n Bestellung wurde nach dem Export des Archivs %1 geändert: %2. Exportieren Sie den Zeitraum erneut.</numerusform>
            <numerusform>Es wurde nichts entfernt: %n Bestellungen wurden nach dem Export des Archivs %1 geändert: %2. Exportieren Sie den Zeitraum erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveReview</name>
    <message>
        <location filename="../core/archive/ArchiveReview.cpp" line="+35"/>
        <source>The archive %1 was written in schema version %2; this Shipshape reads up to version %3. Open it with a newer Shipshape.</source>
        <translation>Das Archiv %1 wurde mit Schemaversion %2 geschrieben; diese Shipshape-Version liest bis Version %3. Öffnen Sie es mit einer neueren Shipshape-Version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create a temporary folder to open the archive in.</source>
        <translation>Es kann kein temporärer Ordner zum Öffnen des Archivs angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot copy the archive %1 to %2 to open it.</source>
        <translation>Das Archiv %1 kann zum Öffnen nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archive %1 (schema version %2) cannot be brought to this Shipshape&apos;s schema: %3</source>
        <translation>Das Archiv %1 (Schemaversion %2) kann nicht auf das Schema dieser Shipshape-Version gebracht werden: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archive of %1 – %2 (read-only)</source>
        <translation>Archiv %1 – %2 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <location filename="../core/archive/ArchiveVerifier.cpp" line="+18"/>
        <source>There is no archive %1.</source>
        <translation>Es gibt kein Archiv %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read as an archive: %2</source>
        <translation>%1 kann nicht als Archiv gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The archive %1 fails verification: %2</source>
        <translation>Das Archiv %1 besteht die Prüfung nicht: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its schema is at version %1, its manifest says %2.</source>
        <translation>sein Schema hat Version %1, sein Manifest nennt %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the table %1 has %2 rows, its manifest says %3.</source>
        <translation>die Tabelle %1 hat %2 Zeilen, das Manifest nennt %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rows of the table %1 differ from the checksum in its manifest (%2 rows, SHA-256 %3 expected, %4 found).</source>
        <translation>die Zeilen der Tabelle %1 weichen von der Prüfsumme im Manifest ab (%2 Zeilen, SHA-256 %3 erwartet, %4 gefunden).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the content checksum differs from its manifest.</source>
        <translation>die Inhaltsprüfsumme weicht vom Manifest ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds %1 orders, its manifest says %2.</source>
        <translation>es enthält %1 Bestellungen, das Manifest nennt %2.</translation>
    </message>
</context>
<context>
    <name>BarcodeImage</name>
    <message>
        <location filename="../ui/printing/BarcodeImage.cpp" line="+17"/>
        <source>&quot;%1&quot; cannot be printed as a Code 128 barcode (1 to 80 printable ASCII characters).</source>
        <translation>„%1“ kann nicht als Code-128-Barcode gedruckt werden (1 bis 80 druckbare ASCII-Zeichen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The barcode library could not start.</source>
        <translation>Die Barcode-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; cannot be printed as a barcode: %2</source>
        <translation>„%1“ kann nicht als Barcode gedruckt werden: %2</translation>
    </message>
</context>
<context>
    <name>CancelMoneyChoices</name>
    <message>
        <location filename="../core/orders/CancelMoney.cpp" line="+40"/>
        <source>Refund it to the card now</source>
        <translation>Jetzt auf die Karte erstatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a refund made outside Shipshape</source>
        <translation>Außerhalb von Shipshape geleistete Erstattung erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it as the customer&apos;s credit</source>
        <translation>Als Guthaben des Kunden behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later (the refund stays owed)</source>
        <translation>Später entscheiden (die Erstattung bleibt offen)</translation>
    </message>
</context>
<context>
    <name>CancelOrderForm</name>
    <message>
        <location filename="../ui/views/CancelOrderForm.cpp" line="+28"/>
        <source>Cancel order #%1</source>
        <translation>Bestellung #%1 stornieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel reason</source>
        <translation>Stornogrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer paid %1. What happens to it?</source>
        <translation>Der Kunde hat %1 bezahlt. Was geschieht damit?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refund method</source>
        <translation>Erstattungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund reference</source>
        <translation>Referenz der Erstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation>z. B. die Referenz der Banküberweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded by:</source>
        <translation>Erstattet per:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep order</source>
        <translation>Bestellung behalten</translation>
    </message>
</context>
<context>
    <name>CancelReasons</name>
    <message>
        <location filename="../core/orders/CancelReason.cpp" line="+48"/>
        <source>Customer request</source>
        <translation>Kundenwunsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment declined</source>
        <translation>Zahlung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected fraud</source>
        <translation>Betrugsverdacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff decision</source>
        <translation>Entscheidung des Personals</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment not received in time</source>
        <translation>Zahlung nicht rechtzeitig eingegangen</translation>
    </message>
</context>
<context>
    <name>CardRefundForm</name>
    <message>
        <location filename="../ui/views/CardRefundForm.cpp" line="+19"/>
        <source>Refund order #%1</source>
        <translation>Bestellung #%1 erstatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund a line</source>
        <translation>Eine Position erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount</source>
        <translation>Einen Betrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund:</source>
        <translation>Erstattung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (up to %1):</source>
        <translation>Betrag (bis zu %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The money goes back to the card. To take lines out of an order that has not shipped (and return their stock), use Cancel lines or Edit order instead.</source>
        <translation>Das Geld wird auf die Karte zurückgebucht. Um Positionen aus einer noch nicht versendeten Bestellung zu entfernen (und ihren Bestand zurückzugeben), verwenden Sie stattdessen „Positionen stornieren“ oder „Bestellung bearbeiten“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CommandInput.cpp" line="+79"/>
        <source>--offset must be a whole number, 0 or more.</source>
        <translation>--offset muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+33"/>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 erfordert einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--database needs a URL.</source>
        <translation>--database erfordert eine URL.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a subcommand before %2.</source>
        <translation>%1 erfordert vor %2 einen Unterbefehl.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 erfordert einen Wert (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 takes no value.</source>
        <translation>--%1 akzeptiert keinen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not take the option --%2.</source>
        <translation>%1 akzeptiert die Option --%2 nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 needs the argument %2.</source>
        <translation>%1 erfordert das Argument %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no arguments (got &quot;%2&quot;).</source>
        <translation>%1 akzeptiert keine Argumente (erhalten: „%2“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes only %2 (got &quot;%3&quot; too).</source>
        <translation>%1 akzeptiert nur %2 (zusätzlich erhalten: „%3“).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs --%2 %3.</source>
        <translation>%1 erfordert --%2 %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs --%2 %3 (%4).</source>
        <translation>%1 erfordert --%2 %3 (%4).</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../app/cli/commands/HelpCommands.cpp" line="+47"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+92"/>
        <location line="+18"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/cli/commands/OrderImportCommand.cpp" line="+82"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+330"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 4 MiB.</source>
        <translation>%1 ist größer als 4 MiB.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/DatabaseCommands.cpp" line="+22"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema, and a generated shop to try things on.</source>
        <translation>Das Schema und ein generierter Shop zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brings the schema up to date (or to the version --to names).</source>
        <translation>Bringt das Schema auf den neuesten Stand (oder auf die mit --to angegebene Version).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schema version to migrate to, up or down (0 removes every table). Default: the latest, %1.</source>
        <translation>Die Schemaversion, auf die migriert wird, nach oben oder unten (0 entfernt alle Tabellen). Standard: die neueste, %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A non-empty SQLite file is first copied next to itself as &lt;file&gt;.v&lt;N&gt;-&lt;timestamp&gt;.bak; PostgreSQL databases are not backed up (use pg_dump).</source>
        <translation>Eine nicht leere SQLite-Datei wird zuerst daneben als &lt;file&gt;.v&lt;N&gt;-&lt;timestamp&gt;.bak kopiert; PostgreSQL-Datenbanken werden nicht gesichert (verwenden Sie pg_dump).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fills an empty database with a generated shop: products, customers, orders.</source>
        <translation>Füllt eine leere Datenbank mit einem generierten Shop: Produkte, Kunden, Bestellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders, spread over the last 180 days (0 to 100000000). Default: 5000.</source>
        <translation>Bestellungen, verteilt über die letzten 180 Tage (0 bis 100000000). Standard: 5000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products (1 to 1000000). Default: 250.</source>
        <translation>Produkte (1 bis 1000000). Standard: 250.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers (1 to 10000000). Default: 2000.</source>
        <translation>Kunden (1 bis 10000000). Standard: 2000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same seed gives the same shop. Default: 1.</source>
        <translation>Derselbe Startwert ergibt denselben Shop. Standard: 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders partly shipped: one or two parcels sent, units still to ship (0 to 100). Default: 10.</source>
        <translation>Teilweise versendete Bestellungen: ein oder zwei Pakete versendet, Einheiten noch zu versenden (0 bis 100). Standard: 10.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered orders with a return: requested, received (restocked, written off), refunded or rejected (0 to 100). Default: 5.</source>
        <translation>Zugestellte Bestellungen mit einer Retoure: angemeldet, eingegangen (wieder eingelagert, abgeschrieben), erstattet oder abgelehnt (0 bis 100). Standard: 5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of those returns, exchanged for a replacement order (0 to the returned share). Default: 1.</source>
        <translation>Davon gegen eine Ersatzbestellung umgetauschte Retouren (0 bis zum Anteil der Retouren). Standard: 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database that already holds products or orders is refused (exit 4). Shares are percentages of all orders; partly shipped and returned together at most 100.</source>
        <translation>Eine Datenbank, die bereits Produkte oder Bestellungen enthält, wird abgelehnt (Exit-Code 4). Die Anteile sind Prozentsätze aller Bestellungen; teilweise versendete und retournierte zusammen höchstens 100.</translation>
    </message>
    <message>
        <source>A database that already holds products or orders is refused (exit 4).</source>
        <translation type="vanished">Eine Datenbank, die bereits Produkte oder Bestellungen enthält, wird abgelehnt (Exit-Code 4).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--to needs a schema version number.</source>
        <translation>--to erfordert eine Schemaversionsnummer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Schema is at version %1; nothing to do.</source>
        <translation>Das Schema hat bereits Version %1; nichts zu tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrated schema from version %1 to %2.</source>
        <translation>Schema von Version %1 auf %2 migriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%L1 of %L2 orders written</source>
        <translation>%L1 von %L2 Bestellungen geschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created %1 (%2), %3 and %4 in %L5 s.</source>
        <translation>%1 (%2), %3 und %4 in %L5 s angelegt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln Position</numerusform>
            <numerusform>%Ln Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandInput.cpp" line="-15"/>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="-87"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="+22"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people who order. A customer is created by their first order (orders place) and found again by email.</source>
        <translation>Die Personen, die bestellen. Ein Kunde wird mit seiner ersten Bestellung angelegt (orders place) und anhand der E-Mail-Adresse wiedererkannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists customers with their IDs.</source>
        <translation>Listet Kunden mit ihren IDs auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only customers whose name or email contains TEXT.</source>
        <translation>Nur Kunden, deren Name oder E-Mail-Adresse TEXT enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+304"/>
        <source>At most N rows (1 to 100000). Default: 50.</source>
        <translation>Höchstens N Zeilen (1 bis 100000). Standard: 50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+3"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="-159"/>
        <source>Skip the first N rows. Default: 0.</source>
        <translation>Die ersten N Zeilen überspringen. Standard: 0.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sets the mobile number customers get SMS status messages on.</source>
        <translation>Legt die Mobilnummer fest, unter der ein Kunde SMS-Statusmeldungen erhält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number, with + and the country code or as dialled in the shop&apos;s default region (sms/defaultRegion); &quot;&quot; removes it.</source>
        <translation>Die Nummer, mit + und Ländervorwahl oder so, wie sie in der Standardregion des Shops (sms/defaultRegion) gewählt wird; &quot;&quot; entfernt sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number is checked with libphonenumber and stored in E.164 (+447700900123). A number that is not valid exits 3 naming it and changes nothing. A customer who answered STOP stays opted out.</source>
        <translation>Die Nummer wird mit libphonenumber geprüft und im Format E.164 (+447700900123) gespeichert. Bei einer ungültigen Nummer endet der Befehl mit Exit-Code 3, nennt sie und ändert nichts. Ein Kunde, der mit STOP geantwortet hat, bleibt abgemeldet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+159"/>
        <location filename="../app/cli/commands/TaxesCommands.cpp" line="+119"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="+208"/>
        <location line="+99"/>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+137"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no phone number now.</source>
        <translation>%1 hat jetzt keine Telefonnummer mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s phone is %2.</source>
        <translation>Die Telefonnummer von %1 ist %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They opted out of SMS (STOP); no SMS is sent to them.</source>
        <translation>Der Kunde hat SMS abbestellt (STOP); an ihn werden keine SMS gesendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (low)</source>
        <translation>  (niedrig)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>The product&apos;s SKU, e.g. SKU-10001.</source>
        <translation>Die SKU des Produkts, z. B. SKU-10001.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue and its stock: every change of stock lands on the product&apos;s ledger (products movements).</source>
        <translation>Der Katalog und sein Bestand: Jede Bestandsänderung wird im Bestandsjournal des Produkts verbucht (products movements).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists products with their stock, by SKU.</source>
        <translation>Listet Produkte mit ihrem Bestand auf, nach SKU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only products whose SKU or name contains TEXT.</source>
        <translation>Nur Produkte, deren SKU oder Name TEXT enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N rows (1 to 100000). Default: 100.</source>
        <translation>Höchstens N Zeilen (1 bis 100000). Standard: 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only products whose available stock is at or below their low-stock threshold.</source>
        <translation>Nur Produkte, deren verfügbarer Bestand die Schwelle für niedrigen Bestand erreicht oder unterschreitet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows one product&apos;s price and stock.</source>
        <translation>Zeigt Preis und Bestand eines Produkts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds a product to the catalogue.</source>
        <translation>Fügt dem Katalog ein Produkt hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; unique.</source>
        <translation>Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;; eindeutig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What staff and customers see.</source>
        <translation>Was Mitarbeiter und Kunden sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decimal in the currency&apos;s units, e.g. 29.99.</source>
        <translation>Eine Dezimalzahl in Einheiten der Währung, z. B. 29.99.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO 4217 code. Default: USD.</source>
        <translation>ISO-4217-Code. Standard: USD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units on hand to start with. Default: 0.</source>
        <translation>Anfänglicher Lagerbestand in Einheiten. Standard: 0.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low stock at or below this many available units. Default: 5.</source>
        <translation>Niedriger Bestand bei höchstens so vielen verfügbaren Einheiten. Standard: 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which tax rates apply (taxes list). Default: standard.</source>
        <translation>Welche Steuersätze gelten (taxes list). Standard: standard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product&apos;s GTIN/EAN: 8, 12, 13 or 14 digits with a valid check digit; unique.</source>
        <translation>Die GTIN/EAN des Produkts: 8, 12, 13 oder 14 Ziffern mit gültiger Prüfziffer; eindeutig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes a product&apos;s name, price, tax class or barcode (not its stock).</source>
        <translation>Ändert Name, Preis, Steuerklasse oder Barcode eines Produkts (nicht seinen Bestand).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new price, a decimal, e.g. 29.99.</source>
        <translation>Der neue Preis als Dezimalzahl, z. B. 29.99.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price&apos;s ISO 4217 code, with --price.</source>
        <translation>Der ISO-4217-Code des Preises, mit --price.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which tax rates apply (taxes list).</source>
        <translation>Welche Steuersätze gelten (taxes list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new GTIN/EAN (check digit validated; unique); &quot;&quot; removes it.</source>
        <translation>Die neue GTIN/EAN (Prüfziffer wird geprüft; eindeutig); &quot;&quot; entfernt sie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creates or updates products from a CSV file, all rows or none.</source>
        <translation>Legt Produkte aus einer CSV-Datei an oder aktualisiert sie, alle Zeilen oder keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 4180 CSV, UTF-8, with a header row: sku, name, price, currency and optionally barcode, tax_class, low_stock_threshold, on_hand.</source>
        <translation>CSV nach RFC 4180, UTF-8, mit Kopfzeile: sku, name, price, currency und optional barcode, tax_class, low_stock_threshold, on_hand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Die Datei prüfen und angeben, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each row names a product by SKU: a new SKU is created, a known one updated. The whole file is checked first; any problem is reported with its row, column and value, and nothing is written (exit 3). Empty optional cells keep what the product has. A new on_hand is a stock correction on the ledger, its reason the import&apos;s reference. `products export` writes this format.</source>
        <translation>Jede Zeile nennt ein Produkt anhand seiner SKU: Eine neue SKU wird angelegt, eine bekannte aktualisiert. Zuerst wird die ganze Datei geprüft; jedes Problem wird mit Zeile, Spalte und Wert gemeldet, und nichts wird geschrieben (Exit-Code 3). Leere optionale Zellen behalten den Wert des Produkts. Ein neuer on_hand-Wert ist eine Bestandskorrektur im Bestandsjournal, mit der Referenz des Imports als Grund. `products export` schreibt dieses Format.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes every product as CSV, in the format products import reads.</source>
        <translation>Schreibt alle Produkte als CSV, im Format, das products import liest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write; standard output when left out.</source>
        <translation>Wohin geschrieben wird; ohne Angabe die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sets the counted stock on hand (a correction on the ledger).</source>
        <translation>Setzt den gezählten Lagerbestand (eine Korrektur im Bestandsjournal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units on hand now; not below what open orders hold.</source>
        <translation>Aktueller Lagerbestand in Einheiten; nicht weniger als offene Bestellungen reserviert haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why, for the ledger, e.g. &quot;cycle count&quot;.</source>
        <translation>Grund für das Bestandsjournal, z. B. „Inventur“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds received units to the stock on hand.</source>
        <translation>Bucht eingegangene Einheiten auf den Lagerbestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units received, 1 or more.</source>
        <translation>Eingegangene Einheiten, 1 oder mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the ledger, e.g. a purchase order number.</source>
        <translation>Für das Bestandsjournal, z. B. eine Bestellnummer beim Lieferanten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows a product&apos;s stock ledger, newest first.</source>
        <translation>Zeigt das Bestandsjournal eines Produkts, neueste Einträge zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N movements (1 to 100000). Default: 50.</source>
        <translation>Höchstens N Bewegungen (1 bis 100000). Standard: 50.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>SKU:        %1</source>
        <translation>SKU:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:       %1</source>
        <translation>Name:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:      %1</source>
        <translation>Preis:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand:    %1</source>
        <translation>Am Lager:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved:   %1</source>
        <translation>Reserviert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available:  %1</source>
        <translation>Verfügbar:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low at:     %1</source>
        <translation>Niedrig ab: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class:  %1</source>
        <translation>Steuerklasse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode:    %1</source>
        <translation>Barcode:    %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to change: give --name, --price, --currency, --tax-class or --barcode.</source>
        <translation>Nichts zu ändern: Geben Sie --name, --price, --currency, --tax-class oder --barcode an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 (%2) gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: %2 on hand, %3 reserved, %4 available.</source>
        <translation>%1: %2 am Lager, %3 reserviert, %4 verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderImportCommand.cpp" line="-49"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Places orders from another system&apos;s CSV or JSON Lines file, each external order once.</source>
        <translation>Gibt Bestellungen aus der CSV- oder JSON-Lines-Datei eines anderen Systems auf, jede externe Bestellung nur einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file (a row per order line, header first) or, named *.jsonl, JSON Lines (an order object per line); docs/orders-import.md.</source>
        <translation>Eine CSV-Datei (eine Zeile pro Bestellposition, Kopfzeile zuerst) oder, mit Namen *.jsonl, JSON Lines (ein Bestellobjekt pro Zeile); docs/orders-import.md.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other system&apos;s name (default &quot;import&quot;); an order is imported once per source and external id.</source>
        <translation>Der Name des anderen Systems (Standard: „import“); eine Bestellung wird je Quelle und externer ID nur einmal importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read FIELD from the CSV column COLUMN (repeatable), over the header names and known aliases.</source>
        <translation>FIELD aus der CSV-Spalte COLUMN lesen (wiederholbar), vorrangig vor den Namen der Kopfzeile und bekannten Aliasnamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the file and say what would be placed; write nothing.</source>
        <translation>Die Datei prüfen und angeben, was aufgegeben würde; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole file is checked first; any problem is reported with its line, column, value and reason, and nothing is written (exit 3). Each order is then placed at the file&apos;s prices (what the customer paid), its stock reserved, and marked paid by its payment method (default bank_transfer) with the reference &quot;imported from SOURCE, external id ID&quot;. An order already imported from the same source is reported and not placed again. Progress goes to standard error.</source>
        <translation>Zuerst wird die ganze Datei geprüft; jedes Problem wird mit Zeile, Spalte, Wert und Grund gemeldet, und nichts wird geschrieben (Exit-Code 3). Danach wird jede Bestellung zu den Preisen der Datei (dem, was der Kunde bezahlt hat) aufgegeben, ihr Bestand reserviert und sie mit ihrer Zahlungsart (Standard: bank_transfer) und der Referenz „importiert aus SOURCE, externe ID ID“ als bezahlt markiert. Eine bereits aus derselben Quelle importierte Bestellung wird gemeldet und nicht erneut aufgegeben. Der Fortschritt geht an die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+301"/>
        <source>%1 is larger than 512 MiB.</source>
        <translation>%1 ist größer als 512 MiB.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>checked %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>placed %1 of %2 orders</source>
        <translation>%1 von %2 Bestellungen aufgegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+17"/>
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1: %n Problem; es wurde nichts importiert.</numerusform>
            <numerusform>%1: %n Probleme; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: stopped after placing %2 orders; run it again to place the rest.</source>
        <translation>%1: Nach %2 aufgegebenen Bestellungen angehalten; führen Sie den Befehl erneut aus, um die übrigen aufzugeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dry run, nothing written: %1 rows, %2 orders; would place %3, %4 already imported.</source>
        <translation>Probelauf, nichts geschrieben: %1 Zeilen, %2 Bestellungen; würde %3 aufgeben, %4 bereits importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 rows, %2 orders: placed %3, %4 already imported.</source>
        <translation>%1 Zeilen, %2 Bestellungen importiert: %3 aufgegeben, %4 bereits importiert.</translation>
    </message>
    <message>
        <location line="-107"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+2"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+0"/>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dry run, nothing written: %1 rows; would create %2, update %3, set the stock of %4; %5 unchanged.</source>
        <translation>Probelauf, nichts geschrieben: %1 Zeilen; würde %2 anlegen, %3 aktualisieren, den Bestand von %4 setzen; %5 unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 rows: %2 created, %3 updated, stock set for %4, %5 unchanged (ledger reason &quot;%6&quot;).</source>
        <translation>%1 Zeilen importiert: %2 angelegt, %3 aktualisiert, Bestand für %4 gesetzt, %5 unverändert (Grund im Bestandsjournal „%6“).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>now %1/%2</source>
        <translation>jetzt %1/%2</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderText.cpp" line="+21"/>
        <source>Order #%1  (%2)</source>
        <translation>Bestellung #%1  (%2)</translation>
    </message>
    <message>
        <source>Status:    %1</source>
        <translation type="vanished">Status:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:    %1 (%2)</source>
        <translation>Status:    %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer:  %1 &lt;%2&gt;</source>
        <translation>Kunde:     %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to:   %1</source>
        <translation>Lieferung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment:   %1, paid %2, balance %3</source>
        <translation>Zahlung:   %1, bezahlt %2, offen %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, refunded %1</source>
        <translation>, erstattet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, kept as credit %1</source>
        <translation>, als Guthaben behalten %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, refund owed %1</source>
        <translation>, Erstattung offen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking:  %1</source>
        <translation>Sendung:   %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags:      %1</source>
        <translation>Tags:      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces:  return %1, whose credit of %2 pays for it</source>
        <translation>Ersetzt:   Retoure %1, deren Guthaben von %2 sie bezahlt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(%1 shipped)</source>
        <translation>(%1 versendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 cancelled)</source>
        <translation>(%1 storniert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="+134"/>
        <source>Subtotal</source>
        <translation>Teilsumme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 (%2)</source>
        <translation>Rabatt %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incl. %1 %2 % of %3</source>
        <translation>inkl. %1 %2 % auf %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2 % of %3</source>
        <translation>%1 %2 % auf %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+207"/>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="+4"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments:</source>
        <translation>Zahlungen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>(no reference)</source>
        <translation>(keine Referenz)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refunds:</source>
        <translation>Erstattungen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment links:</source>
        <translation>Zahlungslinks:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shipments:</source>
        <translation>Sendungen:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delivered %1</source>
        <translation>zugestellt am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on its way</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Returns:</source>
        <translation>Retouren:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refunded %1</source>
        <translation>erstattet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanged for #%1</source>
        <translation>umgetauscht gegen #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="-392"/>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Status „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown fulfillment state &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Versandstatus „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown payment state &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Zahlungsstatus „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--cancel-reason needs a reason.</source>
        <translation>--cancel-reason erfordert einen Grund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/commands/OrderMoneyCommands.cpp" line="+30"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="+148"/>
        <source>Unknown cancel reason &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Stornogrund „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--%1 must be a date like 2026-01-31.</source>
        <translation>--%1 muss ein Datum wie 2026-01-31 sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="-72"/>
        <source>Unknown refund method &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Erstattungsart „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+14"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="-95"/>
        <location filename="../app/cli/commands/TagCommands.cpp" line="+72"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="-113"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+115"/>
        <source>The order: its number (1042 or #1042) or its UUID.</source>
        <translation>Die Bestellung: ihre Nummer (1042 oder #1042) oder ihre UUID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON request: a file, or - for standard input.</source>
        <translation>Die JSON-Anfrage: eine Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  items            the lines, at least one:
    productId      the product&apos;s SKU (&quot;sku&quot; is accepted too)
    quantity       a whole number from 1 to %1
    price          optional: the unit price the customer was shown, as text (&quot;29.99&quot;) or a
                   JSON number; if the catalogue price differs, nothing is changed (exit 4)
</source>
        <translation>  items            die Positionen, mindestens eine:
    productId      die SKU des Produkts (&quot;sku&quot; wird ebenfalls akzeptiert)
    quantity       eine ganze Zahl von 1 bis %1
    price          optional: der Einzelpreis, der dem Kunden angezeigt wurde, als Text (&quot;29.99&quot;) oder
                   JSON-Zahl; weicht der Katalogpreis ab, wird nichts geändert (Exit-Code 4)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  shippingAddress  {&quot;street&quot;, &quot;city&quot;, &quot;state&quot;, &quot;zip&quot;: text on one line,
                   &quot;country&quot;: optional two-letter ISO code, default &quot;US&quot;}
</source>
        <translation>  shippingAddress  {&quot;street&quot;, &quot;city&quot;, &quot;state&quot;, &quot;zip&quot;: Text in einer Zeile,
                   &quot;country&quot;: optionaler zweistelliger ISO-Code, Standard &quot;US&quot;}
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  discounts        optional, a list of {&quot;type&quot;: &quot;percent&quot; | &quot;amount&quot;, &quot;value&quot;: &quot;10&quot; | &quot;5.00&quot;,
                   &quot;sku&quot;: optional, the line it is for (else the whole order, spread over
                   the lines), &quot;code&quot; or &quot;reason&quot;: at least one}
  shipping         optional, {&quot;method&quot;: text, &quot;amount&quot;: &quot;4.95&quot;}
Tax is added per line from the shop&apos;s rates (taxes list); docs/pricing.md has the rules.
</source>
        <translation>  discounts        optional, eine Liste von {&quot;type&quot;: &quot;percent&quot; | &quot;amount&quot;, &quot;value&quot;: &quot;10&quot; | &quot;5.00&quot;,
                   &quot;sku&quot;: optional, die Position, für die er gilt (sonst die ganze Bestellung,
                   auf die Positionen verteilt), &quot;code&quot; oder &quot;reason&quot;: mindestens eines}
  shipping         optional, {&quot;method&quot;: Text, &quot;amount&quot;: &quot;4.95&quot;}
Die Steuer wird je Position nach den Steuersätzen des Shops berechnet (taxes list);
die Regeln stehen in docs/pricing.md.
</translation>
    </message>
    <message>
        <source>The request is one JSON object (at most 4 MiB):
  customer         {&quot;name&quot;: text, &quot;email&quot;: text}: the customer with this email, created if new;
  customerId       or instead the UUID of an existing customer (customers list)
</source>
        <translation type="vanished">Die Anfrage ist ein JSON-Objekt (höchstens 4 MiB):
  customer         {&quot;name&quot;: Text, &quot;email&quot;: Text}: der Kunde mit dieser E-Mail-Adresse,
                   neu angelegt, falls unbekannt;
  customerId       oder stattdessen die UUID eines bestehenden Kunden (customers list)
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  paymentMethod    {&quot;type&quot;: %1,
                   &quot;token&quot;: the Stripe payment method (pm_…), for card only}

A card is charged at once through Stripe (exit 5 when declined). Invoice, bank transfer and cash
orders stay pending, holding their stock for the reservation hold (15 minutes unless configured),
until orders mark-paid; the worker cancels them when the hold runs out. An unknown SKU or
customerId exits 7, too little stock exits 4.

Example document:
</source>
        <translation>  paymentMethod    {&quot;type&quot;: %1,
                   &quot;token&quot;: das Stripe-Zahlungsmittel (pm_…), nur bei Karte}

Eine Karte wird sofort über Stripe belastet (Exit-Code 5 bei Ablehnung). Bestellungen per Rechnung,
Banküberweisung und Barzahlung bleiben offen und halten ihren Bestand für die Reservierungsdauer
(15 Minuten, sofern nicht anders eingestellt) bis orders mark-paid; der Worker storniert sie, wenn die
Reservierung abläuft. Eine unbekannte SKU oder customerId ergibt Exit-Code 7, zu wenig Bestand
Exit-Code 4.

Beispieldokument:
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request is one JSON object with at least one of:
</source>
        <translation>Die Anfrage ist ein JSON-Objekt mit mindestens einem der folgenden Felder:
</translation>
    </message>
    <message>
        <source>  items            the complete new set of lines (missing SKUs are removed):
</source>
        <translation type="vanished">  items            die vollständige neue Menge an Positionen (fehlende SKUs werden entfernt):
</translation>
    </message>
    <message>
        <source>  note             optional: why, for the order&apos;s timeline

Only a pending or confirmed order can change; reservations follow in the same transaction, and a
card-paid order is charged or refunded the difference.

Example document:
</source>
        <translation type="vanished">  note             optional: der Grund, für den Verlauf der Bestellung

Nur eine offene oder bestätigte Bestellung kann geändert werden; die Reservierungen folgen in derselben
Transaktion, und bei einer per Karte bezahlten Bestellung wird die Differenz belastet oder erstattet.

Beispieldokument:
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders and their lifecycle: pending → confirmed (paid) → shipped → delivered, or cancelled. Every change lands on the order&apos;s timeline (orders show).</source>
        <translation>Bestellungen und ihr Lebenszyklus: pending → confirmed (bezahlt) → shipped → delivered, oder cancelled. Jede Änderung wird im Verlauf der Bestellung festgehalten (orders show).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists orders, newest first.</source>
        <translation>Listet Bestellungen auf, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only orders in this status; a comma-separated list means any of them.</source>
        <translation>Nur Bestellungen mit diesem Status; eine kommagetrennte Liste bedeutet einen beliebigen davon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only this customer&apos;s orders (the UUID from customers list).</source>
        <translation>Nur die Bestellungen dieses Kunden (die UUID aus customers list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order number, customer name or email, SKU or tracking number.</source>
        <translation>Bestellnummer, Kundenname oder E-Mail-Adresse, SKU oder Sendungsnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only orders tagged TAG (in any case).</source>
        <translation>Nur Bestellungen mit dem Tag TAG (in beliebiger Schreibweise).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placed on or after this day (YYYY-MM-DD, UTC).</source>
        <translation>Aufgegeben an oder nach diesem Tag (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placed on or before this day (YYYY-MM-DD, UTC).</source>
        <translation>Aufgegeben an oder vor diesem Tag (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only orders whose money is in this state: refund_owed holds more than the order costs (a cancelled or reduced order not yet refunded), credit kept the money as the customer&apos;s credit.</source>
        <translation>Nur Bestellungen, deren Geld in diesem Zustand ist: Bei refund_owed hält die Bestellung mehr Geld, als sie kostet (eine stornierte oder verkleinerte Bestellung, die noch nicht erstattet wurde), bei credit wurde das Geld als Guthaben des Kunden behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only orders cancelled for this reason; a comma-separated list means any of them.</source>
        <translation>Nur Bestellungen, die aus diesem Grund storniert wurden; eine kommagetrennte Liste bedeutet einen beliebigen davon.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows an order: lines, payments with their references, timeline.</source>
        <translation>Zeigt eine Bestellung: Positionen, Zahlungen mit ihren Referenzen, Verlauf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places an order from a JSON request.</source>
        <translation>Gibt eine Bestellung aus einer JSON-Anfrage auf.</translation>
    </message>
    <message>
        <source>Changes an order&apos;s lines or shipping address from a JSON request.</source>
        <translation type="vanished">Ändert die Positionen oder die Lieferadresse einer Bestellung aus einer JSON-Anfrage.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The request is one JSON object (at most 4 MiB):
  customer         {&quot;name&quot;: text, &quot;email&quot;: text}: the customer with this email, created if new;
                   optional &quot;phone&quot;: text, their mobile for SMS (checked, stored in E.164)
  customerId       or instead the UUID of an existing customer (customers list)
</source>
        <translation>Die Anfrage ist ein JSON-Objekt (höchstens 4 MiB):
  customer         {&quot;name&quot;: Text, &quot;email&quot;: Text}: der Kunde mit dieser E-Mail-Adresse, neu angelegt, falls unbekannt;
                   optional &quot;phone&quot;: Text, seine Mobilnummer für SMS (geprüft, in E.164 gespeichert)
  customerId       oder stattdessen die UUID eines bestehenden Kunden (customers list)
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  add              products to add, [{&quot;productId&quot;: SKU, &quot;quantity&quot;: N, &quot;price&quot;?: &quot;29.99&quot;}];
                   a SKU already on the order gets N more
  remove           SKUs whose lines go, [&quot;SKU-1&quot;]
  quantities       new quantities of lines on the order, {&quot;SKU-1&quot;: 2} (0 removes the line)
</source>
        <translation>  add              hinzuzufügende Produkte, [{&quot;productId&quot;: SKU, &quot;quantity&quot;: N, &quot;price&quot;?: &quot;29.99&quot;}];
                   eine SKU, die schon in der Bestellung ist, erhält N zusätzlich
  remove           SKUs, deren Positionen entfallen, [&quot;SKU-1&quot;]
  quantities       neue Mengen vorhandener Positionen, {&quot;SKU-1&quot;: 2} (0 entfernt die Position)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  items            instead of add/remove/quantities: the complete new set of lines (missing
                   SKUs are removed):
</source>
        <translation>  items            statt add/remove/quantities: die vollständige neue Liste der Positionen
                   (fehlende SKUs werden entfernt):
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  discounts        the complete new set of discounts ([] removes them all), as for orders place
  shipping         the new shipping fee, {&quot;method&quot;: text, &quot;amount&quot;: &quot;4.95&quot;}
  prices           unit prices set by hand, {&quot;SKU&quot;: &quot;12.00&quot;}; needs a note (or &quot;reason&quot;)
</source>
        <translation>  discounts        die vollständige neue Liste der Rabatte ([] entfernt alle), wie bei orders place
  shipping         die neue Versandgebühr, {&quot;method&quot;: Text, &quot;amount&quot;: &quot;4.95&quot;}
  prices           von Hand gesetzte Stückpreise, {&quot;SKU&quot;: &quot;12.00&quot;}; braucht eine Notiz (oder &quot;reason&quot;)
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only orders this far along shipping (partially_shipped: some parcels sent, more to come); a comma-separated list means any of them.</source>
        <translation>Nur Bestellungen, deren Versand so weit fortgeschritten ist (partially_shipped: einige Pakete versendet, weitere folgen); eine kommagetrennte Liste bedeutet einen beliebigen davon.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edits a placed order&apos;s lines, prices, discounts, shipping or address from a JSON request, and settles the difference.</source>
        <translation>Ändert Positionen, Preise, Rabatte, Versand oder Adresse einer aufgegebenen Bestellung anhand einer JSON-Anfrage und gleicht die Differenz aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Shows what the edit would do and writes nothing.</source>
        <translation>Zeigt, was die Änderung bewirken würde, und schreibt nichts.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The same as orders edit (its earlier name, kept for scripts).</source>
        <translation>Dasselbe wie orders edit (sein früherer Name, für Skripte beibehalten).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancels an order before shipment, releases its stock and says what happens to money already paid.</source>
        <translation>Storniert eine Bestellung vor dem Versand, gibt ihren Bestand frei und legt fest, was mit bereits bezahltem Geld geschieht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="+50"/>
        <source>Why, for the timeline and the reports.</source>
        <translation>Der Grund, für den Verlauf und die Berichte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="+5"/>
        <source>More detail for the timeline.</source>
        <translation>Weitere Einzelheiten für den Verlauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens to money already paid (required when the order holds some): refund sends a card payment back through Stripe, record records a refund made outside Shipshape (--method), credit keeps it as the customer&apos;s credit, later leaves it owed.</source>
        <translation>Was mit bereits bezahltem Geld geschieht (erforderlich, wenn die Bestellung Geld hält): refund zahlt eine Kartenzahlung über Stripe zurück, record erfasst eine außerhalb von Shipshape geleistete Erstattung (--method), credit behält es als Guthaben des Kunden, later lässt es offen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --money record: how the money went back.</source>
        <translation>Mit --money record: wie das Geld zurückgezahlt wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --money record: the refund&apos;s reference, e.g. the bank transfer&apos;s.</source>
        <translation>Mit --money record: die Referenz der Erstattung, z. B. die der Banküberweisung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --money record: the amount refunded. Default: everything the order holds.</source>
        <translation>Mit --money record: der erstattete Betrag. Standard: alles, was die Bestellung hält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as --money later.</source>
        <translation>Dasselbe wie --money later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An order that holds money (paid and not yet refunded) needs --money: refund (card orders), record (invoice, bank transfer and cash orders), credit or later. Until it is settled the order shows the refund owed (orders refund, orders credit).</source>
        <translation>Eine Bestellung, die Geld hält (bezahlt und noch nicht erstattet), erfordert --money: refund (Kartenbestellungen), record (Bestellungen per Rechnung, Banküberweisung oder Barzahlung), credit oder later. Bis das Geld ausgeglichen ist, zeigt die Bestellung die offene Erstattung an (orders refund, orders credit).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refunds a card payment through Stripe, or records a refund made outside Shipshape for an invoice, bank-transfer or cash order.</source>
        <translation>Erstattet eine Kartenzahlung über Stripe oder erfasst eine außerhalb von Shipshape geleistete Erstattung für eine Bestellung per Rechnung, Banküberweisung oder Barzahlung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the money went back (required for invoice, bank-transfer and cash orders; not for card orders, which Stripe refunds).</source>
        <translation>Wie das Geld zurückgezahlt wurde (erforderlich bei Bestellungen per Rechnung, Banküberweisung und Barzahlung; nicht bei Kartenbestellungen, die Stripe erstattet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the order&apos;s currency, e.g. 12.50. Default: everything not yet refunded (refunds in progress count).</source>
        <translation>In der Währung der Bestellung, z. B. 12.50. Standard: alles noch nicht Erstattete (laufende Erstattungen zählen mit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A refund made outside Shipshape: its reference, e.g. the bank transfer&apos;s.</source>
        <translation>Eine außerhalb von Shipshape geleistete Erstattung: ihre Referenz, z. B. die der Banküberweisung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why, e.g. requested_by_customer.</source>
        <translation>Der Grund, z. B. requested_by_customer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refund lands on the order&apos;s refunds, its timeline and the customer&apos;s &quot;refunded&quot; email.</source>
        <translation>Die Erstattung erscheint bei den Erstattungen der Bestellung, in ihrem Verlauf und in der E-Mail „erstattet“ an den Kunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeps the refund an order owes as the customer&apos;s credit instead of paying it back.</source>
        <translation>Behält die Erstattung, die eine Bestellung schuldet, als Guthaben des Kunden, statt sie zurückzuzahlen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+86"/>
        <source>Why, for the timeline.</source>
        <translation>Der Grund, für den Verlauf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emails the customer a Stripe link to pay a card order&apos;s balance due.</source>
        <translation>Sendet dem Kunden per E-Mail einen Stripe-Link, um den offenen Betrag einer Kartenbestellung zu bezahlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link that can still be paid is not sent twice (exit 4). Exits 5 when Stripe refuses the link and 6 when it does not answer (the worker creates it then).</source>
        <translation>Ein Link, der noch bezahlt werden kann, wird nicht zweimal gesendet (Exit-Code 4). Exit-Code 5, wenn Stripe den Link ablehnt, und 6, wenn Stripe nicht antwortet (dann legt der Worker ihn an).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records the balance of an invoice, bank-transfer or cash order as paid; a pending order is confirmed.</source>
        <translation>Erfasst den offenen Betrag einer Bestellung per Rechnung, Banküberweisung oder Barzahlung als bezahlt; eine offene Bestellung wird bestätigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment&apos;s reference, e.g. the bank statement&apos;s, shown with the payment by orders show.</source>
        <translation>Die Referenz der Zahlung, z. B. die des Kontoauszugs; orders show zeigt sie bei der Zahlung an.</translation>
    </message>
    <message>
        <source>Marks a confirmed order as shipped; its stock leaves the shelf.</source>
        <translation type="vanished">Markiert eine bestätigte Bestellung als versendet; ihr Bestand verlässt das Lager.</translation>
    </message>
    <message>
        <source>The carrier&apos;s tracking number.</source>
        <translation type="vanished">Die Sendungsnummer des Versanddienstleisters.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="-52"/>
        <source>So many units of one line; repeat for more lines.</source>
        <translation>So viele Einheiten einer Position; für weitere Positionen wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship QTY units of the line SKU; repeat for more lines. Without --line, everything still unshipped goes in the parcel.</source>
        <translation>QTY Einheiten der Position SKU versenden; für weitere Positionen wiederholen. Ohne --line kommt alles noch nicht Versendete in das Paket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel QTY unshipped units of the line SKU; repeat for more lines.</source>
        <translation>QTY nicht versendete Einheiten der Position SKU stornieren; für weitere Positionen wiederholen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ships a parcel of a confirmed order: some lines, or everything still unshipped; its stock leaves the shelf. The order is shipped once every unit is.</source>
        <translation>Versendet ein Paket einer bestätigten Bestellung: einige Positionen oder alles noch nicht Versendete; sein Bestand verlässt das Lager. Die Bestellung ist versendet, sobald jede Einheit versendet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parcel&apos;s tracking number.</source>
        <translation>Die Sendungsnummer des Pakets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The carrier, e.g. UPS.</source>
        <translation>Der Versanddienstleister, z. B. UPS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each parcel is a shipment with its own id, carrier and tracking number, and sends the customer its own email listing what is in it. Shipping more of a line than is left to ship exits 3 naming the line.</source>
        <translation>Jedes Paket ist eine Sendung mit eigener ID, eigenem Versanddienstleister und eigener Sendungsnummer und schickt dem Kunden eine eigene E-Mail mit seinem Inhalt. Wird von einer Position mehr versendet, als noch zu versenden ist, endet der Befehl mit Exit-Code 3 und nennt die Position.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks a parcel delivered, or every parcel on its way; the order is delivered once every parcel is and nothing is left to ship.</source>
        <translation>Markiert ein Paket als zugestellt, oder alle Pakete, die unterwegs sind; die Bestellung ist zugestellt, sobald jedes Paket zugestellt und nichts mehr zu versenden ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this parcel (its id from orders show).</source>
        <translation>Nur dieses Paket (seine ID aus orders show).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancels unshipped units line by line: their stock is released and what was paid for them becomes the refund owed.</source>
        <translation>Storniert nicht versendete Einheiten Position für Position: Ihr Bestand wird freigegeben, und was für sie bezahlt wurde, wird zur offenen Erstattung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shows the new total, the stock released and the refund owed, and writes nothing.</source>
        <translation>Zeigt die neue Gesamtsumme, den freigegebenen Bestand und die offene Erstattung an und schreibt nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order is priced again without the cancelled units (discounts as in an edit); money paid beyond the new total is the refund owed, settled with orders refund or orders credit. Shipped units cannot be cancelled; an order with shipped parcels cannot be cancelled as a whole.</source>
        <translation>Die Bestellung wird ohne die stornierten Einheiten neu berechnet (Rabatte wie bei einer Bearbeitung); über die neue Gesamtsumme hinaus bezahltes Geld ist die offene Erstattung, beglichen mit orders refund oder orders credit. Versendete Einheiten können nicht storniert werden; eine Bestellung mit versendeten Paketen kann nicht als Ganzes storniert werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a shipment id (a number).</source>
        <translation>„%1“ ist keine Sendungs-ID (eine Zahl).</translation>
    </message>
    <message>
        <source>Marks a shipped order as delivered.</source>
        <translation type="vanished">Markiert eine versendete Bestellung als zugestellt.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+56"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed (UTC)</source>
        <translation>Aufgegeben (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="+1"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderMoneyCommands.cpp" line="+8"/>
        <source>Unknown choice &quot;%1&quot; for the money: use %2.</source>
        <translation>Unbekannte Wahl „%1“ für das Geld: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--no-refund means --money later; it cannot go with --money %1.</source>
        <translation>--no-refund bedeutet --money later; es kann nicht mit --money %1 kombiniert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 describes a refund made outside Shipshape: it goes with --money record.</source>
        <translation>--%1 beschreibt eine außerhalb von Shipshape geleistete Erstattung: Es gehört zu --money record.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--money record needs --method (%1).</source>
        <translation>--money record erfordert --method (%1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order %1 holds %2 paid by %3: say what happens to it with --money %4.</source>
        <translation>Die Bestellung %1 hält %2, bezahlt per %3: Legen Sie mit --money %4 fest, was damit geschieht.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order %1 was paid by %2: say how the money went back with --method (%3).</source>
        <translation>Die Bestellung %1 wurde per %2 bezahlt: Geben Sie mit --method (%3) an, wie das Geld zurückgezahlt wurde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 was paid by card and is refunded through Stripe: --%2 is only for refunds made outside Shipshape.</source>
        <translation>Die Bestellung %1 wurde per Karte bezahlt und wird über Stripe erstattet: --%2 ist nur für außerhalb von Shipshape geleistete Erstattungen.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Payment link for %1 sent to %2, expires %3 (UTC):</source>
        <translation>Zahlungslink über %1 an %2 gesendet, gültig bis %3 (UTC):</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+34"/>
        <source>Placed order #%1 (%2), total %3, status %4.</source>
        <translation>Bestellung #%1 (%2) aufgegeben, Gesamt %3, Status %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="+63"/>
        <source>Preview of order #%1 (nothing was changed):</source>
        <translation>Vorschau der Bestellung #%1 (nichts wurde geändert):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reserves %1 more of %2</source>
        <translation>reserviert zusätzlich %1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>releases %1 of %2</source>
        <translation>gibt %1 von %2 frei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance due afterwards: %1</source>
        <translation>Danach offener Betrag: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund owed afterwards: %1</source>
        <translation>Danach offene Erstattung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+29"/>
        <source>Modified order #%1, total now %2.</source>
        <translation>Bestellung #%1 geändert, Gesamt jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="-93"/>
        <source>Customer emails</source>
        <translation>Kunden-E-Mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every order change queues its customer email in the outbox, in the same transaction; the worker sends them through SendGrid and retries with backoff.</source>
        <translation>Jede Bestelländerung reiht die zugehörige Kunden-E-Mail in derselben Transaktion in den Postausgang ein; der Worker sendet sie über SendGrid und wiederholt Fehlversuche mit wachsendem Abstand.</translation>
    </message>
    <message>
        <source>Lists emails, newest first, with their state and last error.</source>
        <translation type="vanished">Listet E-Mails auf, neueste zuerst, mit ihrem Status und dem letzten Fehler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists emails, newest first, with their state, what SendGrid reported became of them, and the last error or the delivery&apos;s reason.</source>
        <translation>Listet E-Mails auf, neueste zuerst, mit ihrem Status, dem, was SendGrid über ihren Verbleib gemeldet hat, und dem letzten Fehler oder dem Grund aus der Zustellmeldung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only emails in this state.</source>
        <translation>Nur E-Mails mit diesem Status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only sent emails SendGrid&apos;s Event Webhook reported in this delivery state.</source>
        <translation>Nur gesendete E-Mails, die der Event Webhook von SendGrid mit diesem Zustellstatus gemeldet hat.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="-191"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+5"/>
        <source>At most N rows (1 to 10000). Default: 50.</source>
        <translation>Höchstens N Zeilen (1 bis 10000). Standard: 50.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+7"/>
        <source>Queues a failed email again, for another round of attempts.</source>
        <translation>Reiht eine fehlgeschlagene E-Mail für eine weitere Runde von Versuchen erneut ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email&apos;s ID (outbox list).</source>
        <translation>Die ID der E-Mail (outbox list).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queues a fresh copy of the order&apos;s most recent email.</source>
        <translation>Reiht eine neue Kopie der letzten E-Mail der Bestellung ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows the email an event would send for the order as it is now.</source>
        <translation>Zeigt die E-Mail, die ein Ereignis für die Bestellung in ihrem aktuellen Zustand senden würde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which email.</source>
        <translation>Welche E-Mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also write the HTML version to FILE.</source>
        <translation>Zusätzlich die HTML-Fassung nach FILE schreiben.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown email status &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter E-Mail-Status „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown delivery state &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Zustellstatus „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="-62"/>
        <source>The endpoint&apos;s ID (webhooks list).</source>
        <translation>Die ID des Endpunkts (webhooks list).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints that receive order and stock events as signed JSON POSTs, queued with the change and sent by the worker with retries (docs/notifications.md).</source>
        <translation>Endpunkte, die Bestell- und Bestandsereignisse als signierte JSON-POSTs empfangen; diese werden zusammen mit der Änderung eingereiht und vom Worker mit Wiederholungen gesendet (docs/notifications.md).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registers an endpoint for some events; its signing secret goes to the keychain.</source>
        <translation>Registriert einen Endpunkt für bestimmte Ereignisse; sein Signaturgeheimnis wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to POST: https, or plain http only to this computer.</source>
        <translation>Ziel der POST-Anfragen: https, einfaches http nur zu diesem Rechner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated: %1.</source>
        <translation>Kommagetrennt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the signing secret from this environment variable instead of generating one (never from the command line).</source>
        <translation>Das Signaturgeheimnis aus dieser Umgebungsvariablen übernehmen, statt eines zu erzeugen (nie von der Befehlszeile).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A generated secret is printed once, for the receiver; Shipshape keeps it in the keychain as webhook-ID. Without a keychain (a headless worker), give the worker SHIPSHAPE_WEBHOOK_SECRET_ID instead.</source>
        <translation>Ein erzeugtes Geheimnis wird einmalig für den Empfänger ausgegeben; Shipshape speichert es im Schlüsselbund als webhook-ID. Ohne Schlüsselbund (ein Worker ohne grafische Oberfläche) setzen Sie stattdessen SHIPSHAPE_WEBHOOK_SECRET_ID für den Worker.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the registered endpoints and their events.</source>
        <translation>Listet die registrierten Endpunkte und ihre Ereignisse auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stops sending to an endpoint; its queued deliveries fail.</source>
        <translation>Beendet das Senden an einen Endpunkt; seine eingereihten Zustellungen schlagen fehl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sends a signed ping to an endpoint now and prints its answer and how long it took.</source>
        <translation>Sendet sofort einen signierten Ping an einen Endpunkt und gibt seine Antwort und die benötigte Zeit aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists webhook deliveries, newest first, with their state and last error.</source>
        <translation>Listet Webhook-Zustellungen auf, neueste zuerst, mit ihrem Status und dem letzten Fehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deliveries in this state.</source>
        <translation>Nur Zustellungen mit diesem Status.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queues a failed webhook delivery again (or makes a retrying one due now).</source>
        <translation>Reiht eine fehlgeschlagene Webhook-Zustellung erneut ein (oder macht eine, die gerade wiederholt wird, sofort fällig).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery&apos;s ID (webhooks deliveries).</source>
        <translation>Die ID der Zustellung (webhooks deliveries).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret in %1 is too short: use at least 16 characters.</source>
        <translation>Das Geheimnis in %1 ist zu kurz: Verwenden Sie mindestens 16 Zeichen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added webhook endpoint %1 for %2.</source>
        <translation>Webhook-Endpunkt %1 für %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret (shown once, give it to the receiver): %1</source>
        <translation>Signaturgeheimnis (wird nur einmal angezeigt, geben Sie es dem Empfänger): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret is in the keychain as %1.</source>
        <translation>Das Geheimnis ist im Schlüsselbund als %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the secret is not in the keychain (%1); the worker needs %2 set to it.</source>
        <translation>Warnung: Das Geheimnis ist nicht im Schlüsselbund (%1); für den Worker muss %2 auf diesen Wert gesetzt sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added (UTC)</source>
        <translation>Hinzugefügt (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&quot;%1&quot; is not a webhook endpoint ID.</source>
        <translation>„%1“ ist keine Webhook-Endpunkt-ID.</translation>
    </message>
    <message numerus="yes">
        <location line="+185"/>
        <source>Removed webhook endpoint %1 (%n queued delivery(s) dropped).</source>
        <translation>
            <numerusform>Webhook-Endpunkt %1 entfernt (%n eingereihte Zustellung verworfen).</numerusform>
            <numerusform>Webhook-Endpunkt %1 entfernt (%n eingereihte Zustellungen verworfen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Endpoint %1 answered HTTP %2 in %3 ms.</source>
        <translation>Endpunkt %1 hat in %3 ms mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint %1 did not accept the ping after %2 ms: %3</source>
        <translation>Endpunkt %1 hat den Ping nach %2 ms nicht angenommen: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown delivery status &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Zustellstatus „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+19"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+1"/>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+0"/>
        <source>Next attempt (UTC)</source>
        <translation>Nächster Versuch (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a webhook delivery ID.</source>
        <translation>„%1“ ist keine Webhook-Zustellungs-ID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Webhook delivery %1 is due now: the next worker round sends it.</source>
        <translation>Die Webhook-Zustellung %1 ist jetzt fällig: Die nächste Worker-Runde sendet sie.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+0"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error or delivery reason</source>
        <translation>Letzter Fehler oder Zustellgrund</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="-26"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+17"/>
        <source>&quot;%1&quot; is not an email ID.</source>
        <translation>„%1“ ist keine E-Mail-ID.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email %1 is due now: the next round sends it.</source>
        <translation>E-Mail %1 ist jetzt fällig: Die nächste Runde sendet sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email %1 is queued again.</source>
        <translation>E-Mail %1 ist erneut eingereiht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queued a fresh copy as email %1.</source>
        <translation>Neue Kopie als E-Mail %1 eingereiht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown email event &quot;%1&quot;: use %2.</source>
        <translation>Unbekanntes E-Mail-Ereignis „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="-51"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/SecretsCommands.cpp" line="+17"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider keys live in the system keychain, never in the database, settings or logs.</source>
        <translation>Schlüssel der Anbieter liegen im Schlüsselbund des Systems, niemals in der Datenbank, den Einstellungen oder Protokollen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stores a secret read from standard input in the keychain.</source>
        <translation>Speichert ein von der Standardeingabe gelesenes Geheimnis im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stripe (the Stripe secret key), stripe-webhook (the signing secret of Stripe&apos;s webhook endpoint, whsec_…), sendgrid (the SendGrid API key), twilio (the Twilio auth token), api-jwt (the Order API&apos;s token key), or postgresql:USER@HOST:PORT/DB (a database password).</source>
        <translation>stripe (der geheime Schlüssel von Stripe), stripe-webhook (das Signaturgeheimnis des Stripe-Webhook-Endpunkts, whsec_…), sendgrid (der SendGrid-API-Schlüssel), twilio (das Auth-Token von Twilio), api-jwt (der Token-Schlüssel der Bestell-API) oder postgresql:USER@HOST:PORT/DB (ein Datenbankpasswort).</translation>
    </message>
    <message>
        <source>stripe (the Stripe secret key), stripe-webhook (the signing secret of Stripe&apos;s webhook endpoint, whsec_…), sendgrid (the SendGrid API key), api-jwt (the Order API&apos;s token key), or postgresql:USER@HOST:PORT/DB (a database password).</source>
        <translation type="vanished">stripe (der geheime Schlüssel von Stripe), stripe-webhook (das Signaturgeheimnis des Stripe-Webhook-Endpunkts, whsec_…), sendgrid (der SendGrid-API-Schlüssel), api-jwt (der Token-Schlüssel der Order API) oder postgresql:USER@HOST:PORT/DB (ein Datenbankpasswort).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret is never taken from the command line, where ps and the shell history would show it. Headless machines may use SHIPSHAPE_STRIPE_SECRET_KEY, SHIPSHAPE_STRIPE_WEBHOOK_SECRET and SHIPSHAPE_SENDGRID_API_KEY instead.</source>
        <translation>Das Geheimnis wird nie von der Befehlszeile übernommen, wo ps und der Shell-Verlauf es anzeigen würden. Rechner ohne grafische Oberfläche können stattdessen SHIPSHAPE_STRIPE_SECRET_KEY, SHIPSHAPE_STRIPE_WEBHOOK_SECRET und SHIPSHAPE_SENDGRID_API_KEY verwenden.</translation>
    </message>
    <message>
        <source>stripe (the Stripe secret key), sendgrid (the SendGrid API key), or postgresql:USER@HOST:PORT/DB (a database password).</source>
        <translation type="vanished">stripe (der geheime Stripe-Schlüssel), sendgrid (der SendGrid-API-Schlüssel) oder postgresql:USER@HOST:PORT/DB (ein Datenbankpasswort).</translation>
    </message>
    <message>
        <source>The secret is never taken from the command line, where ps and the shell history would show it. Headless machines may use SHIPSHAPE_STRIPE_SECRET_KEY and SHIPSHAPE_SENDGRID_API_KEY instead.</source>
        <translation type="vanished">Das Geheimnis wird nie von der Befehlszeile übernommen, wo ps und der Shell-Verlauf es zeigen würden. Rechner ohne grafische Oberfläche können stattdessen SHIPSHAPE_STRIPE_SECRET_KEY und SHIPSHAPE_SENDGRID_API_KEY verwenden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secret: </source>
        <translation>Geheimnis: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No secret on standard input.</source>
        <translation>Kein Geheimnis auf der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stored the %1 secret in the keychain.</source>
        <translation>Das Geheimnis %1 wurde im Schlüsselbund gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/WorkerCommands.cpp" line="+35"/>
        <source>Expired %Ln unpaid reservation(s).</source>
        <translation>
            <numerusform>%Ln unbezahlte Reservierung abgelaufen.</numerusform>
            <numerusform>%Ln unbezahlte Reservierungen abgelaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reconciled %Ln payment(s).</source>
        <translation>
            <numerusform>%Ln Zahlung abgeglichen.</numerusform>
            <numerusform>%Ln Zahlungen abgeglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent %Ln email(s)</source>
        <translation>
            <numerusform>%Ln E-Mail gesendet</numerusform>
            <numerusform>%Ln E-Mails gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %L1 to retry, %L2 failed, %L3 waiting.</source>
        <translation>, %L1 zu wiederholen, %L2 fehlgeschlagen, %L3 wartend.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emails are waiting: %1</source>
        <translation>E-Mails warten: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delivered %Ln webhook(s)</source>
        <translation>
            <numerusform>%Ln Webhook zugestellt</numerusform>
            <numerusform>%Ln Webhooks zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %L1 to retry, %L2 failed.</source>
        <translation>, %L1 werden wiederholt, %L2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What must happen even when nobody has the app open.</source>
        <translation>Was auch geschehen muss, wenn niemand die App geöffnet hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires unpaid reservations, reconciles payments, sends due customer emails.</source>
        <translation>Lässt unbezahlte Reservierungen ablaufen, gleicht Zahlungen ab, sendet fällige Kunden-E-Mails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time between rounds (1 to 86400). Default: 30.</source>
        <translation>Zeit zwischen den Runden (1 bis 86400). Standard: 30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave card payments started less than this long ago to their own answer (0 to 86400). Default: 60.</source>
        <translation>Kartenzahlungen, die vor weniger als so vielen Sekunden gestartet wurden, nicht abgleichen, sondern auf ihre eigene Antwort warten (0 bis 86400). Standard: 60.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One round, then exit (for cron or a systemd timer).</source>
        <translation>Eine Runde, dann beenden (für cron oder einen systemd-Timer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each round is the one the desktop app runs on its background thread: unpaid pending orders whose hold has run out are cancelled and their stock released; card payments whose answer was lost are settled with Stripe; then the customer emails that are due are sent through SendGrid (without a key they wait). Without --once the worker keeps going through outages (exit 6) and stops on any other error.</source>
        <translation>Jede Runde ist dieselbe, die die Desktop-App in ihrem Hintergrund-Thread ausführt: Unbezahlte offene Bestellungen, deren Reservierung abgelaufen ist, werden storniert und ihr Bestand freigegeben; Kartenzahlungen, deren Antwort verloren ging, werden mit Stripe abgeglichen; dann werden die fälligen Kunden-E-Mails über SendGrid gesendet (ohne Schlüssel warten sie). Ohne --once läuft der Worker bei Ausfällen weiter (Exit-Code 6) und hält bei jedem anderen Fehler an.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/StaffCommands.cpp" line="+150"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Local SQLite database: one user, the operating-system account, with every right.</source>
        <translation>Lokale SQLite-Datenbank: ein Benutzer, das Betriebssystemkonto, mit allen Rechten.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The staff member&apos;s database login, e.g. alice.</source>
        <translation>Die Datenbankanmeldung des Mitarbeiters, z. B. alice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warehouse: stock and shipping; support: orders, payments and refunds; admin: everything, including staff.</source>
        <translation>warehouse: Bestand und Versand; support: Bestellungen, Zahlungen und Erstattungen; admin: alles, einschließlich der Mitarbeiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On PostgreSQL every member of staff logs in as themselves, with a role the server enforces. A local SQLite database has one user, the operating-system account.</source>
        <translation>Unter PostgreSQL meldet sich jeder Mitarbeiter mit seiner eigenen Anmeldung an, mit einer Rolle, die der Server durchsetzt. Eine lokale SQLite-Datenbank hat einen Benutzer, das Betriebssystemkonto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists staff logins and their roles.</source>
        <translation>Listet Mitarbeiteranmeldungen und ihre Rollen auf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows what the current login may do.</source>
        <translation>Zeigt, was die aktuelle Anmeldung darf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds a staff login; the password is read from standard input.</source>
        <translation>Fügt eine Mitarbeiteranmeldung hinzu; das Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gives a staff login another role.</source>
        <translation>Weist einer Mitarbeiteranmeldung eine andere Rolle zu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stops a staff login from logging in (its history stays).</source>
        <translation>Sperrt eine Mitarbeiteranmeldung (ihr Verlauf bleibt erhalten).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Login: %1</source>
        <translation>Anmeldung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1 as %2.</source>
        <translation>%1 als %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 can no longer log in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReportCommands.cpp" line="+52"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures the desktop dashboard shows, for scripts and mail.</source>
        <translation>Die Kennzahlen, die das Desktop-Dashboard zeigt, für Skripte und E-Mails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard&apos;s KPIs for a period, compared with the period before.</source>
        <translation>Die KPIs des Dashboards für einen Zeitraum, verglichen mit dem vorherigen Zeitraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day (UTC).</source>
        <translation>Der erste Tag (UTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day (UTC), included.</source>
        <translation>Der letzte Tag (UTC), einschließlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money figures in this currency (ISO 4217). Default: the currency most orders use.</source>
        <translation>Geldbeträge in dieser Währung (ISO 4217). Standard: die Währung, die die meisten Bestellungen verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every figure is defined in docs/dashboard.md.</source>
        <translation>Jede Kennzahl ist in docs/dashboard.md definiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ArchiveCommands.cpp" line="+29"/>
        <location filename="../app/cli/commands/ReportCommands.cpp" line="+14"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+234"/>
        <source>--%1 must be a date written YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation>--%1 muss ein Datum im Format JJJJ-MM-TT sein (erhalten: „%2“).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Period: %1 to %2 (UTC), %3 orders%4.</source>
        <translation>Zeitraum: %1 bis %2 (UTC), %3 Bestellungen%4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, customers redacted</source>
        <translation>, Kundendaten pseudonymisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1; schema version %2; written %3 by Shipshape %4.</source>
        <translation>Quelle: %1; Schemaversion %2; geschrieben %3 von Shipshape %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows: %1.</source>
        <translation>Zeilen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content SHA-256: %1</source>
        <translation>Inhalts-SHA-256: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified, read-only archives of a period&apos;s orders: export, verify, and purge what an archive holds.</source>
        <translation>Geprüfte, schreibgeschützte Archive der Bestellungen eines Zeitraums: exportieren, prüfen und entfernen, was ein Archiv enthält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the orders placed in a period, with everything a reviewer needs, to a new read-only archive file.</source>
        <translation>Schreibt die in einem Zeitraum aufgegebenen Bestellungen mit allem, was für eine Prüfung nötig ist, in eine neue schreibgeschützte Archivdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive to write; must not exist yet.</source>
        <translation>Das zu schreibende Archiv; darf noch nicht existieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Erster Tag des Zeitraums (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of the period, included (YYYY-MM-DD, UTC).</source>
        <translation>Letzter Tag des Zeitraums, einschließlich (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace customers&apos; names, emails and addresses with stable pseudonyms.</source>
        <translation>Namen, E-Mail-Adressen und Anschriften der Kunden durch stabile Pseudonyme ersetzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive is an SQLite file in Shipshape&apos;s own schema holding the orders placed in the period with their lines, discounts, parcels, timeline, payments, refunds and emails, the customers and products they name, their stock ledger rows and tags, and a manifest with every table&apos;s row count and the SHA-256 of the rows. It is read from one snapshot of the database (SQLite or PostgreSQL), which is never written. Open it with `shipshape --archive FILE`. Exit 3 for a bad date or folder, 4 when FILE exists.</source>
        <translation>Das Archiv ist eine SQLite-Datei im eigenen Schema von Shipshape und enthält die im Zeitraum aufgegebenen Bestellungen mit ihren Positionen, Rabatten, Paketen, Verlauf, Zahlungen, Erstattungen und E-Mails, die darin genannten Kunden und Produkte, deren Einträge im Bestandsjournal und Tags sowie ein Manifest mit der Zeilenzahl jeder Tabelle und dem SHA-256 der Zeilen. Es wird aus einem einzigen Snapshot der Datenbank (SQLite oder PostgreSQL) gelesen, in die nie geschrieben wird. Öffnen Sie es mit `shipshape --archive FILE`. Exit-Code 3 bei ungültigem Datum oder Ordner, 4, wenn FILE bereits existiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checks an archive against its manifest: integrity, schema version, row counts and checksums.</source>
        <translation>Prüft ein Archiv gegen sein Manifest: Integrität, Schemaversion, Zeilenzahlen und Prüfsummen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An archive written by archive export.</source>
        <translation>Ein mit archive export geschriebenes Archiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the file read-only. Exit 0 when every table has the rows and the SHA-256 its manifest records; 4 when anything differs (a changed row or byte, a missing manifest: the message names what), 7 when FILE does not exist.</source>
        <translation>Öffnet die Datei schreibgeschützt. Exit-Code 0, wenn jede Tabelle die Zeilen und den SHA-256 hat, die ihr Manifest verzeichnet; 4, wenn etwas abweicht (eine geänderte Zeile oder ein geändertes Byte, ein fehlendes Manifest: die Meldung nennt, was), 7, wenn FILE nicht existiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deletes the orders placed through a day, once a verified archive holds every one of them as it is.</source>
        <translation>Löscht die bis zu einem Tag aufgegebenen Bestellungen, sobald ein geprüftes Archiv jede davon unverändert enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of placement to purge, included (YYYY-MM-DD, UTC).</source>
        <translation>Letzter Bestelltag, der entfernt wird, einschließlich (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An archive of this database written by archive export that holds every order to purge.</source>
        <translation>Ein mit archive export geschriebenes Archiv dieser Datenbank, das jede zu entfernende Bestellung enthält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check everything and say what would be deleted; write nothing.</source>
        <translation>Alles prüfen und angeben, was gelöscht würde; nichts schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Admins only; the only way to delete orders. The archive is verified first (as archive verify), must come from this database and not be redacted; then, in one transaction, every order placed through DATE must be finished (delivered or cancelled, nothing under way) and equal, row for row, its copy in the archive. Any order missing from the archive or changed since the export refuses the whole purge, naming the first few. The orders go with their rows; their stock ledger rows are folded into `purged` rows (stock stays as it is), the dashboard keeps the purged days&apos; figures, and the purge is recorded (archive purges). Exit 3 for a bad date, 4 when refused, 7 when FILE does not exist.</source>
        <translation>Nur für Admins; die einzige Möglichkeit, Bestellungen zu löschen. Zuerst wird das Archiv geprüft (wie bei archive verify); es muss aus dieser Datenbank stammen und darf nicht pseudonymisiert sein. Dann muss in einer Transaktion jede bis DATE aufgegebene Bestellung abgeschlossen sein (zugestellt oder storniert, nichts mehr laufend) und Zeile für Zeile ihrer Kopie im Archiv entsprechen. Fehlt eine Bestellung im Archiv oder wurde sie seit dem Export geändert, wird das gesamte Entfernen abgelehnt, unter Nennung der ersten betroffenen. Die Bestellungen werden mit ihren Zeilen gelöscht; ihre Einträge im Bestandsjournal werden zu `purged`-Einträgen zusammengefasst (der Bestand bleibt unverändert), das Dashboard behält die Kennzahlen der entfernten Tage, und das Entfernen wird protokolliert (archive purges). Exit-Code 3 bei ungültigem Datum, 4 bei Ablehnung, 7, wenn FILE nicht existiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lists the purges: who deleted which orders when, and which archive holds them.</source>
        <translation>Listet die Entfernungen auf: wer wann welche Bestellungen gelöscht hat und welches Archiv sie enthält.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the archive file to write.</source>
        <translation>Geben Sie die zu schreibende Archivdatei an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must not be before --from.</source>
        <translation>--to darf nicht vor --from liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; an archive is never written over another file.</source>
        <translation>%1 existiert bereits; ein Archiv überschreibt niemals eine andere Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Archived %Ln order(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>%Ln Bestellung in %2 s nach %1 archiviert.</numerusform>
            <numerusform>%Ln Bestellungen in %2 s nach %1 archiviert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the archive to verify.</source>
        <translation>Geben Sie das zu prüfende Archiv an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive %1 is intact: every table has the rows and checksum its manifest records.</source>
        <translation>Das Archiv %1 ist intakt: Jede Tabelle hat die Zeilen und die Prüfsumme, die ihr Manifest verzeichnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the verified archive.</source>
        <translation>Geben Sie das geprüfte Archiv an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (numbers %1 to %2)</source>
        <translation> (Nummern %1 bis %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: would purge %Ln order(s) placed through %1%2 with %3 stock ledger row(s); the archive %4 holds every one of them as it is. Nothing was written.</source>
        <translation>
            <numerusform>Probelauf: würde %Ln Bestellung, aufgegeben bis %1%2, mit %3 Einträgen im Bestandsjournal entfernen; das Archiv %4 enthält sie unverändert. Es wurde nichts geschrieben.</numerusform>
            <numerusform>Probelauf: würde %Ln Bestellungen, aufgegeben bis %1%2, mit %3 Einträgen im Bestandsjournal entfernen; das Archiv %4 enthält jede davon unverändert. Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Purged %Ln order(s) placed through %1%2 in %3 s; their %4 stock ledger row(s) became %5 purged row(s). The archive %6 (SHA-256 %7) holds them.</source>
        <translation>
            <numerusform>%Ln Bestellung, aufgegeben bis %1%2, in %3 s entfernt; ihre %4 Einträge im Bestandsjournal wurden zu %5 purged-Einträgen. Das Archiv %6 (SHA-256 %7) enthält sie.</numerusform>
            <numerusform>%Ln Bestellungen, aufgegeben bis %1%2, in %3 s entfernt; ihre %4 Einträge im Bestandsjournal wurden zu %5 purged-Einträgen. Das Archiv %6 (SHA-256 %7) enthält sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No orders were ever purged.</source>
        <translation>Es wurden noch nie Bestellungen entfernt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 by %2: %Ln order(s) placed through %3, archived in %4 (SHA-256 %5); dashboard figures through %6 kept as history.</source>
        <translation>
            <numerusform>%1 durch %2: %Ln Bestellung, aufgegeben bis %3, archiviert in %4 (SHA-256 %5); Dashboard-Kennzahlen bis %6 als Historie erhalten.</numerusform>
            <numerusform>%1 durch %2: %Ln Bestellungen, aufgegeben bis %3, archiviert in %4 (SHA-256 %5); Dashboard-Kennzahlen bis %6 als Historie erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReportCommands.cpp" line="+16"/>
        <source>KPIs %1 to %2 (%3 days, UTC) in %4; previous period %5 to %6</source>
        <translation>KPIs %1 bis %2 (%3 Tage, UTC) in %4; Vorperiode %5 bis %6</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top decline reasons:</source>
        <translation>Häufigste Ablehnungsgründe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Top return reasons (%1 returned of %2 shipped):</source>
        <translation>Häufigste Retourengründe (%1 von %2 versendeten retourniert):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>units %1, returns %2</source>
        <translation>Einheiten %1, Retouren %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day         Placed  Cancelled  Pay failures  Revenue</source>
        <translation>Tag         Aufgeg. Storniert  Zahl.-Fehler  Umsatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By status:</source>
        <translation>Nach Status:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top products:</source>
        <translation>Top-Produkte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low stock (available / threshold):</source>
        <translation>Niedriger Bestand (verfügbar / Schwelle):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placement times:</source>
        <translation>Dauer der Bestellaufgabe:</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.h" line="+64"/>
        <source>The operation was abandoned before it finished.</source>
        <translation>Der Vorgang wurde abgebrochen, bevor er abgeschlossen war.</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+81"/>
        <source> One of: %1.</source>
        <translation> Einer von: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sqlite:PATH or postgresql://USER@HOST:PORT/DB. Default: $SHIPSHAPE_DATABASE, else the embedded file %1 (the only folder created on demand).</source>
        <translation>sqlite:PATH oder postgresql://USER@HOST:PORT/DB. Standard: $SHIPSHAPE_DATABASE, sonst die eingebettete Datei %1 (der einzige Ordner, der bei Bedarf angelegt wird).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Machine-readable output on standard output; an error is one JSON object on standard error.</source>
        <translation>Maschinenlesbare Ausgabe auf der Standardausgabe; ein Fehler ist ein JSON-Objekt auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This help; after a command (or a noun such as orders) that command&apos;s own help. Also -h.</source>
        <translation>Diese Hilfe; nach einem Befehl (oder einem Substantiv wie orders) die Hilfe dieses Befehls. Auch -h.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version of shipshape-cli.</source>
        <translation>Die Version von shipshape-cli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: unknown command or option, missing or extra argument; nothing was opened</source>
        <translation>Aufruf: unbekannter Befehl oder unbekannte Option, fehlendes oder überzähliges Argument; nichts wurde geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid input: a value, file or request is wrong</source>
        <translation>ungültige Eingabe: ein Wert, eine Datei oder eine Anfrage ist falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: out of stock, illegal status transition, stale price, newer schema</source>
        <translation>Konflikt: nicht vorrätig, unzulässiger Statusübergang, veralteter Preis, neueres Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unavailable: the database, its folder or a provider cannot be reached</source>
        <translation>nicht verfügbar: die Datenbank, ihr Ordner oder ein Anbieter ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: no such order, product, customer, email or staff login</source>
        <translation>nicht gefunden: keine solche Bestellung, kein solches Produkt, kein solcher Kunde, keine solche E-Mail oder Mitarbeiteranmeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database URL when --database is not given.</source>
        <translation>Die Datenbank-URL, wenn --database nicht angegeben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe&apos;s secret key, on headless machines without a keychain (secrets set stores it in the keychain instead).</source>
        <translation>Der geheime Schlüssel von Stripe, auf Rechnern ohne grafische Oberfläche und ohne Schlüsselbund (secrets set speichert ihn stattdessen im Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SendGrid&apos;s API key, likewise.</source>
        <translation>Der API-Schlüssel von SendGrid, ebenso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing secret (whsec_…) of Stripe&apos;s webhook endpoint that serve checks, likewise.</source>
        <translation>Ebenso das Signaturgeheimnis (whsec_…) des Stripe-Webhook-Endpunkts, das serve prüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SendGrid&apos;s Event Webhook verification key (base64, as SendGrid shows it) that serve checks signatures with; overrides the sendgrid/webhookPublicKey setting.</source>
        <translation>Der Verifizierungsschlüssel des Event Webhooks von SendGrid (base64, wie SendGrid ihn anzeigt), mit dem serve Signaturen prüft; hat Vorrang vor der Einstellung sendgrid/webhookPublicKey.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender of customer emails: &quot;Name &lt;address&gt;&quot; or &quot;address&quot;.</source>
        <translation>Der Absender der Kunden-E-Mails: „Name &lt;Adresse&gt;“ oder „Adresse“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The https page customers land on after paying a payment link; without it (or the stripe/checkoutSuccessUrl setting) payment links are off.</source>
        <translation>Die https-Seite, auf der Kunden nach dem Bezahlen über einen Zahlungslink landen; ohne sie (oder die Einstellung stripe/checkoutSuccessUrl) sind Zahlungslinks deaktiviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long an unpaid order holds its stock, in minutes (0 lets holds lapse at the next worker round).</source>
        <translation>Wie lange eine unbezahlte Bestellung ihren Bestand reserviert, in Minuten (bei 0 verfallen Reservierungen in der nächsten Worker-Runde).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Stripe API address (https, or http on loopback for a test server).</source>
        <translation>Eine andere Stripe-API-Adresse (https oder, für einen Testserver, http auf Loopback).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another SendGrid API address, likewise.</source>
        <translation>Eine andere SendGrid-API-Adresse, ebenso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL password when the keychain holds none (libpq also reads ~/.pgpass).</source>
        <translation>Das PostgreSQL-Passwort, wenn der Schlüsselbund keines enthält (libpq liest auch ~/.pgpass).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic output, e.g. shipshape.*.info=true (shipshape-cli hides progress messages unless it is set).</source>
        <translation>Diagnoseausgabe, z. B. shipshape.*.info=true (ohne diese Variable blendet shipshape-cli Fortschrittsmeldungen aus).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The embedded database when neither --database nor SHIPSHAPE_DATABASE names one (under $XDG_DATA_HOME when that is set). Its folder is the only one created on demand.</source>
        <translation>Die eingebettete Datenbank, wenn weder --database noch SHIPSHAPE_DATABASE eine angibt (unter $XDG_DATA_HOME, wenn gesetzt). Ihr Ordner ist der einzige, der bei Bedarf angelegt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy migrate writes next to an SQLite file before it changes the schema of version N.</source>
        <translation>Die Kopie, die migrate neben einer SQLite-Datei ablegt, bevor es das Schema der Version N ändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings shared with the desktop app (under $XDG_CONFIG_HOME when that is set).</source>
        <translation>Mit der Desktop-App gemeinsam genutzte Einstellungen (unter $XDG_CONFIG_HOME, wenn gesetzt).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Try &apos;shipshape-cli --help&apos;.</source>
        <translation>Versuchen Sie &apos;shipshape-cli --help&apos;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try &apos;shipshape-cli %1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;shipshape-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: shipshape-cli [--database URL] [--json] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: shipshape-cli [--database URL] [--json] COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+131"/>
        <location filename="../app/cli/HelpText.cpp" line="+1"/>
        <source>Headless administration of a Shipshape database.</source>
        <translation>Verwaltung einer Shipshape-Datenbank ohne grafische Oberfläche.</translation>
    </message>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+0"/>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ORDER is an order number (1042 or #1042) or its UUID.</source>
        <translation>ORDER ist eine Bestellnummer (1042 oder #1042) oder ihre UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;shipshape-cli COMMAND --help&apos; or &apos;shipshape-cli help COMMAND&apos; shows a command&apos;s options and examples; &apos;shipshape-cli --json help&apos; prints every command as JSON.</source>
        <translation>&apos;shipshape-cli COMMAND --help&apos; oder &apos;shipshape-cli help COMMAND&apos; zeigt die Optionen und Beispiele eines Befehls; &apos;shipshape-cli --json help&apos; gibt alle Befehle als JSON aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment:</source>
        <translation>Umgebungsvariablen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: shipshape-cli %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation>Aufruf: shipshape-cli %1 COMMAND [ARGUMENTS] [OPTIONS]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;shipshape-cli %1 COMMAND --help&apos; shows a command&apos;s options and examples.</source>
        <translation>&apos;shipshape-cli %1 COMMAND --help&apos; zeigt die Optionen und Beispiele eines Befehls.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> Optional.</source>
        <translation> Optional.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Required.</source>
        <translation> Erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> May be given more than once.</source>
        <translation> Kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global options: --database URL, --json (see &apos;shipshape-cli --help&apos; for them and the exit codes).</source>
        <translation>Globale Optionen: --database URL, --json (siehe &apos;shipshape-cli --help&apos; für diese und die Exit-Codes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options: --json (see &apos;shipshape-cli --help&apos; for it and the exit codes).</source>
        <translation>Globale Optionen: --json (siehe &apos;shipshape-cli --help&apos; für diese Option und die Exit-Codes).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/HelpCommands.cpp" line="-30"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What shipshape-cli can do.</source>
        <translation>Was shipshape-cli kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the help on everything, a noun or a command.</source>
        <translation>Zeigt die Hilfe zu allem, zu einem Substantiv oder zu einem Befehl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A command or a noun, e.g. orders place or orders.</source>
        <translation>Ein Befehl oder ein Substantiv, z. B. orders place oder orders.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --json it prints the command table itself (every command&apos;s words, arguments, options, flags and examples), from which man pages and shell completion can be generated.</source>
        <translation>Mit --json gibt er die Befehlstabelle selbst aus (Wörter, Argumente, Optionen, Schalter und Beispiele jedes Befehls), aus der sich Manpages und Shell-Vervollständigung erzeugen lassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReportCommands.cpp" line="-26"/>
        <source>The oldest order waiting to ship was placed %1.</source>
        <translation>Die älteste zu versendende Bestellung wurde %1 aufgegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="-469"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the orders of a named set (not with --status or --payment-state, which it already decides); the other options narrow it. %1</source>
        <translation>Nur die Bestellungen einer benannten Menge (nicht mit --status oder --payment-state, die sie bereits festlegt); die übrigen Optionen schränken sie weiter ein. %1</translation>
    </message>
    <message>
        <source>  discounts        the complete new set of discounts ([] removes them all), as for orders place
  shipping         the new shipping fee, {&quot;method&quot;: text, &quot;amount&quot;: &quot;4.95&quot;}
</source>
        <translation type="vanished">  discounts        die vollständige neue Liste der Rabatte ([] entfernt alle), wie bei orders place
  shipping         die neue Versandgebühr, {&quot;method&quot;: Text, &quot;amount&quot;: &quot;4.95&quot;}
</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>  note             optional: why, for the order&apos;s timeline

Only a pending or confirmed order can change; reservations move by the difference in the same
transaction, and a card-paid order is charged or refunded the difference. With --preview nothing
is written: the new totals, the stock effect and what would be due or owed are printed.

Example document:
</source>
        <translation>  note             optional: der Grund, für den Verlauf der Bestellung

Nur eine offene oder bestätigte Bestellung kann geändert werden; Reservierungen ändern sich in
derselben Transaktion um die Differenz, und bei einer per Karte bezahlten Bestellung wird die
Differenz belastet oder erstattet. Mit --preview wird nichts geschrieben: Ausgegeben werden die
neuen Summen, die Auswirkung auf den Bestand und was danach offen oder zu erstatten wäre.

Beispieldokument:
</translation>
    </message>
    <message>
        <source>Changes an order&apos;s lines, discounts, shipping or address from a JSON request.</source>
        <translation type="vanished">Ändert Positionen, Rabatte, Versand oder Adresse einer Bestellung anhand einer JSON-Anfrage.</translation>
    </message>
    <message>
        <source>Shows what the change would do and writes nothing.</source>
        <translation type="vanished">Zeigt, was die Änderung bewirken würde, und schreibt nichts.</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Unknown order set &quot;%1&quot;: use %2.</source>
        <translation>Unbekannte Bestellmenge „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--set %1 already says which orders (%2); it cannot go with --%3.</source>
        <translation>--set %1 legt die Bestellungen bereits fest (%2); nicht zusammen mit --%3 möglich.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TagCommands.cpp" line="-48"/>
        <source>One or more tags: free text of 1 to %1 characters on one line; &quot;VIP&quot; and &quot;vip&quot; are the same tag.</source>
        <translation>Ein oder mehrere Tags: freier Text mit 1 bis %1 Zeichen in einer Zeile; „VIP“ und „vip“ sind derselbe Tag.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer %1 has no tags.</source>
        <translation>Kunde %1 hat keine Tags.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1 is tagged: %2.</source>
        <translation>Kunde %1 hat die Tags: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adds tags to an order.</source>
        <translation>Fügt einer Bestellung Tags hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags the order already has, in any case, stay as they are. The order&apos;s timeline records &quot;tagged: …&quot; with who did it; orders list --tag finds the order. A bad tag exits 3 and changes nothing.</source>
        <translation>Tags, die die Bestellung schon hat (in beliebiger Schreibweise), bleiben, wie sie sind. Der Verlauf der Bestellung vermerkt „tagged: …“ mit der ausführenden Person; orders list --tag findet die Bestellung. Ein ungültiger Tag endet mit Exit-Code 3 und ändert nichts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removes tags from an order.</source>
        <translation>Entfernt Tags von einer Bestellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags match in any case; tags the order does not have are ignored. The order&apos;s timeline records &quot;untagged: …&quot;.</source>
        <translation>Tags passen in beliebiger Schreibweise; Tags, die die Bestellung nicht hat, werden ignoriert. Der Verlauf der Bestellung vermerkt „untagged: …“.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="-65"/>
        <location filename="../app/cli/commands/TagCommands.cpp" line="+10"/>
        <source>The customer: their ID (the UUID from customers list) or their email.</source>
        <translation>Der Kunde: seine ID (die UUID aus customers list) oder seine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TagCommands.cpp" line="+4"/>
        <source>Adds tags to a customer.</source>
        <translation>Fügt einem Kunden Tags hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags the customer already has, in any case, stay as they are. Prints the customer&apos;s tags afterwards. A bad tag exits 3 and changes nothing.</source>
        <translation>Tags, die der Kunde schon hat (in beliebiger Schreibweise), bleiben, wie sie sind. Gibt danach die Tags des Kunden aus. Ein ungültiger Tag endet mit Exit-Code 3 und ändert nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes tags from a customer.</source>
        <translation>Entfernt Tags von einem Kunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ApiCommands.cpp" line="+10"/>
        <source>Give --listen as ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080.</source>
        <translation>Geben Sie --listen als ADRESSE:PORT an, z. B. 127.0.0.1:8080 oder [::1]:8080.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order API</source>
        <translation>Bestell-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storefront&apos;s way in: orders over HTTP (docs/api.md).</source>
        <translation>Der Zugang für die Storefront: Bestellungen über HTTP (docs/api.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serves the Order API (/v1/orders, /v1/products/…/availability) until SIGTERM.</source>
        <translation>Stellt die Bestell-API bereit (/v1/orders, /v1/products/…/availability), bis SIGTERM eintrifft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to listen. Default: 127.0.0.1:8080. Anything but loopback needs --tls-cert and --tls-key.</source>
        <translation>Wo gelauscht wird. Standard: 127.0.0.1:8080. Alles außer Loopback erfordert --tls-cert und --tls-key.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation>PEM-Zertifikat (bzw. -Zertifikatskette) für HTTPS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM private key for HTTPS (unencrypted).</source>
        <translation>Privater PEM-Schlüssel für HTTPS (unverschlüsselt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database sessions serving requests at once (1 to 64). Default: 4.</source>
        <translation>Datenbanksitzungen, die gleichzeitig Anfragen bedienen (1 bis 64). Standard: 4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address clients use to reach this server, when a proxy stands in front (https://shop.example/api): Twilio signs the URL it calls. Default: the request&apos;s own URL.</source>
        <translation>Die Adresse, unter der Clients diesen Server erreichen, wenn ein Proxy davorsteht (https://shop.example/api): Twilio signiert die URL, die es aufruft. Standard: die eigene URL der Anfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests per second per token (1 to 100000), twice that at once. Default: 20.</source>
        <translation>Anfragen pro Sekunde je Token (1 bis 100000), kurzzeitig bis zum Doppelten auf einmal. Standard: 20.</translation>
    </message>
    <message>
        <source>Bearer tokens are HS256 JSON Web Tokens made with `api-token create`; the key comes from SHIPSHAPE_API_JWT_KEY or the keychain (`secrets set api-jwt`). One line per request goes to standard error. SIGTERM or SIGINT stops accepting connections, lets requests in flight finish, and exits 0.</source>
        <translation type="vanished">Bearer-Tokens sind HS256-JSON-Web-Tokens, erstellt mit `api-token create`; der Schlüssel stammt aus SHIPSHAPE_API_JWT_KEY oder dem Schlüsselbund (`secrets set api-jwt`). Pro Anfrage wird eine Zeile auf die Standardfehlerausgabe geschrieben. SIGTERM oder SIGINT beendet die Annahme neuer Verbindungen, lässt laufende Anfragen abschließen und endet mit Exit-Code 0.</translation>
    </message>
    <message>
        <source>Bearer tokens are HS256 JSON Web Tokens made with `api-token create`; the key comes from SHIPSHAPE_API_JWT_KEY or the keychain (`secrets set api-jwt`). Stripe&apos;s webhook (POST /v1/webhooks/stripe) is checked with the endpoint&apos;s signing secret from SHIPSHAPE_STRIPE_WEBHOOK_SECRET or the keychain (`secrets set stripe-webhook`). One line per request goes to standard error. SIGTERM or SIGINT stops accepting connections, lets requests in flight finish, and exits 0.</source>
        <translation type="vanished">Bearer-Tokens sind HS256-JSON-Web-Tokens, erstellt mit `api-token create`; der Schlüssel stammt aus SHIPSHAPE_API_JWT_KEY oder dem Schlüsselbund (`secrets set api-jwt`). Der Webhook von Stripe (POST /v1/webhooks/stripe) wird mit dem Signaturgeheimnis des Endpunkts aus SHIPSHAPE_STRIPE_WEBHOOK_SECRET oder dem Schlüsselbund (`secrets set stripe-webhook`) geprüft. Pro Anfrage geht eine Zeile an die Standardfehlerausgabe. SIGTERM oder SIGINT beendet die Annahme von Verbindungen, lässt laufende Anfragen abschließen und endet mit Exit-Code 0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bearer tokens are HS256 JSON Web Tokens made with `api-token create`; the key comes from SHIPSHAPE_API_JWT_KEY or the keychain (`secrets set api-jwt`). Stripe&apos;s webhook (POST /v1/webhooks/stripe) is checked with the endpoint&apos;s signing secret from SHIPSHAPE_STRIPE_WEBHOOK_SECRET or the keychain (`secrets set stripe-webhook`); SendGrid&apos;s Event Webhook (POST /v1/webhooks/sendgrid) with its public verification key from SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY or the sendgrid/webhookPublicKey setting; Twilio&apos;s messaging webhook (POST /v1/webhooks/twilio: STOP and START from customers) with the Twilio auth token from SHIPSHAPE_TWILIO_AUTH_TOKEN or the keychain (`secrets set twilio`). One line per request goes to standard error. SIGTERM or SIGINT stops accepting connections, lets requests in flight finish, and exits 0.</source>
        <translation>Bearer-Tokens sind HS256-JSON-Web-Tokens, erstellt mit `api-token create`; der Schlüssel stammt aus SHIPSHAPE_API_JWT_KEY oder dem Schlüsselbund (`secrets set api-jwt`). Der Webhook von Stripe (POST /v1/webhooks/stripe) wird mit dem Signaturgeheimnis des Endpunkts aus SHIPSHAPE_STRIPE_WEBHOOK_SECRET oder dem Schlüsselbund (`secrets set stripe-webhook`) geprüft, der Event Webhook von SendGrid (POST /v1/webhooks/sendgrid) mit seinem öffentlichen Verifizierungsschlüssel aus SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY oder der Einstellung sendgrid/webhookPublicKey, der Messaging-Webhook von Twilio (POST /v1/webhooks/twilio: STOP und START von Kunden) mit dem Twilio-Auth-Token aus SHIPSHAPE_TWILIO_AUTH_TOKEN oder dem Schlüsselbund (`secrets set twilio`). Pro Anfrage geht eine Zeile an die Standardfehlerausgabe. SIGTERM oder SIGINT beendet die Annahme von Verbindungen, lässt laufende Anfragen abschließen und endet mit Exit-Code 0.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order API tokens</source>
        <translation>Tokens für die Bestell-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer tokens for the Order API.</source>
        <translation>Bearer-Tokens für die Bestell-API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints a signed token for a customer or a storefront.</source>
        <translation>Gibt ein signiertes Token für einen Kunden oder eine Storefront aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s ID: the token sees and cancels only their orders.</source>
        <translation>Die ID des Kunden: Das Token sieht und storniert nur dessen Bestellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A storefront&apos;s name: the token places orders for any customer.</source>
        <translation>Der Name einer Storefront: Das Token gibt Bestellungen für beliebige Kunden auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime: 90s, 15m, 1h, 30d (at most 366d). Default: 1h.</source>
        <translation>Gültigkeitsdauer: 90s, 15m, 1h, 30d (höchstens 366d). Standard: 1h.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key `serve` checks (SHIPSHAPE_API_JWT_KEY or the keychain&apos;s api-jwt, at least 32 bytes).</source>
        <translation>Signiert mit dem Schlüssel, den `serve` prüft (SHIPSHAPE_API_JWT_KEY oder api-jwt im Schlüsselbund, mindestens 32 Bytes).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give exactly one of --customer ID and --storefront NAME.</source>
        <translation>Geben Sie genau eines von --customer ID und --storefront NAME an.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Give --public-url as the http(s) address clients call, without a query: https://shop.example/api.</source>
        <translation>Geben Sie --public-url als die http(s)-Adresse an, die Clients aufrufen, ohne Abfrageteil: https://shop.example/api.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot set up signal handling.</source>
        <translation>Die Signalbehandlung kann nicht eingerichtet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopping: finishing %Ln request(s) in flight.</source>
        <translation>
            <numerusform>Wird beendet: %Ln laufende Anfrage wird noch abgeschlossen.</numerusform>
            <numerusform>Wird beendet: %Ln laufende Anfragen werden noch abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Serving the Order API on %1://%2:%3/v1 with %Ln session(s).</source>
        <translation>
            <numerusform>Die Bestell-API wird unter %1://%2:%3/v1 mit %Ln Sitzung bereitgestellt.</numerusform>
            <numerusform>Die Bestell-API wird unter %1://%2:%3/v1 mit %Ln Sitzungen bereitgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/DoctorCommands.cpp" line="+23"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether this installation can work.</source>
        <translation>Ob diese Installation funktionsfähig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the database, its schema and clock, customer emails, disk space, provider keys, Stripe and SendGrid; one line each.</source>
        <translation>Prüft die Datenbank, ihr Schema und ihre Uhr, Kunden-E-Mails, Speicherplatz, Anbieterschlüssel, Stripe und SendGrid; je eine Zeile.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How long to wait for Stripe&apos;s and SendGrid&apos;s answer (1 to 120). Default: 10.</source>
        <translation>Wie lange auf die Antwort von Stripe und SendGrid gewartet wird (1 bis 120). Standard: 10.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line starts with ✓ when the check passed and ✗ when it did not, and then says what was found or what to do. Nothing is migrated or created: a missing SQLite file is reported, not made. Stripe is asked GET /v1/balance with a test key only: a live key (sk_live_…) is never sent and its line, marked –, says &quot;not checked&quot;; SendGrid is asked GET /v3/scopes and the key must have the mail.send scope. Neither call changes anything. Exit 0 when no check failed, 6 when the database cannot be opened, 4 when another check failed.</source>
        <translation>Jede Zeile beginnt mit ✓, wenn die Prüfung bestanden wurde, und mit ✗, wenn nicht, und nennt dann den Befund oder was zu tun ist. Nichts wird migriert oder angelegt: Eine fehlende SQLite-Datei wird gemeldet, nicht erzeugt. Stripe wird nur mit einem Testschlüssel per GET /v1/balance abgefragt: Ein Live-Schlüssel (sk_live_…) wird nie gesendet, und seine Zeile, mit – markiert, lautet „nicht geprüft“; SendGrid wird per GET /v3/scopes abgefragt, und der Schlüssel muss den Scope mail.send haben. Keiner der Aufrufe ändert etwas. Exit-Code 0, wenn keine Prüfung fehlgeschlagen ist, 6, wenn die Datenbank nicht geöffnet werden kann, 4, wenn eine andere Prüfung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Checks the database, its schema and clock, customer emails, disk space and provider keys; one line each.</source>
        <translation type="vanished">Prüft die Datenbank, ihr Schema und ihre Uhr, Kunden-E-Mails, Speicherplatz und Anbieterschlüssel; je eine Zeile.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Room an SQLite file&apos;s disk must have (0 to 1000000). Default: 200.</source>
        <translation>Freier Platz, den das Laufwerk einer SQLite-Datei haben muss (0 bis 1000000). Standard: 200.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emails waiting to be sent before the backlog counts as stuck (0 to 1000000). Default: 100.</source>
        <translation>Wartende E-Mails, ab denen der Rückstau als festgefahren gilt (0 bis 1000000). Standard: 100.</translation>
    </message>
    <message>
        <source>Each line starts with ✓ when the check passed and ✗ when it did not, and then says what was found or what to do. Nothing is migrated or created: a missing SQLite file is reported, not made. Exit 0 when every check passed, 6 when the database cannot be opened, 4 when another check failed. Stripe and SendGrid are not called; the keys are only looked for.</source>
        <translation type="vanished">Jede Zeile beginnt mit ✓, wenn die Prüfung bestanden wurde, und mit ✗, wenn nicht, und nennt dann den Befund oder was zu tun ist. Nichts wird migriert oder angelegt: Eine fehlende SQLite-Datei wird gemeldet, nicht erzeugt. Exit-Code 0, wenn alle Prüfungen bestanden wurden, 6, wenn die Datenbank nicht geöffnet werden kann, 4, wenn eine andere Prüfung fehlschlug. Stripe und SendGrid werden nicht aufgerufen; es wird nur geprüft, ob die Schlüssel vorhanden sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TaxesCommands.cpp" line="-89"/>
        <source>Two-letter country code (ISO 3166-1), e.g. DE.</source>
        <translation>Zweistelliger Ländercode (ISO 3166-1), z. B. DE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A region within the country, as in the shipping address&apos;s state (e.g. CA). Default: the whole country.</source>
        <translation>Eine Region innerhalb des Landes, wie der Bundesstaat bzw. das Bundesland in der Lieferadresse (z. B. CA). Standard: das ganze Land.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product tax class the rate is for. Default: standard.</source>
        <translation>Die Steuerklasse der Produkte, für die der Satz gilt. Standard: standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax rates by destination and product tax class. Orders keep the rates they were placed with; a change applies to new orders and new lines.</source>
        <translation>Steuersätze nach Bestimmungsort und Steuerklasse der Produkte. Bestellungen behalten die Sätze, mit denen sie aufgegeben wurden; eine Änderung gilt für neue Bestellungen und neue Positionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the tax rates and whether prices include tax.</source>
        <translation>Listet die Steuersätze auf und zeigt, ob die Preise die Steuer enthalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds a tax rate or changes the one for the same destination and class.</source>
        <translation>Fügt einen Steuersatz hinzu oder ändert den für denselben Bestimmungsort und dieselbe Klasse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate in percent, 0 to 100 with at most four decimals: 19, 8.875.</source>
        <translation>Der Satz in Prozent, 0 bis 100 mit höchstens vier Nachkommastellen: 19, 8.875.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tax&apos;s name on invoices, e.g. VAT.</source>
        <translation>Die Bezeichnung der Steuer auf Rechnungen, z. B. MwSt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most specific rate applies to an order line: the region&apos;s, else the whole country&apos;s; a destination without a rate is not taxed.</source>
        <translation>Für eine Bestellposition gilt der spezifischste Satz: der der Region, sonst der des ganzen Landes; ein Bestimmungsort ohne Satz wird nicht besteuert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes a tax rate (exit 7 when there is none).</source>
        <translation>Entfernt einen Steuersatz (Exit-Code 7, wenn es keinen gibt).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Says whether the shop&apos;s prices include tax, or sets it.</source>
        <translation>Zeigt an, ob die Preise des Shops die Steuer enthalten, oder legt es fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inclusive: catalogue prices contain the tax; exclusive: tax is added on top. Without it, prints the current mode.</source>
        <translation>inclusive: Katalogpreise enthalten die Steuer; exclusive: Die Steuer wird aufgeschlagen. Ohne Angabe wird der aktuelle Modus ausgegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders keep the mode they were placed with.</source>
        <translation>Bestellungen behalten den Modus, mit dem sie aufgegeben wurden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+68"/>
        <source>Prices include tax.</source>
        <translation>Die Preise enthalten die Steuer.</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+68"/>
        <source>Prices exclude tax; tax is added on top.</source>
        <translation>Die Preise enthalten keine Steuer; sie wird aufgeschlagen.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No tax rates: orders are not taxed. Add one with: shipshape-cli taxes set COUNTRY PERCENT --name NAME</source>
        <translation>Keine Steuersätze: Bestellungen werden nicht besteuert. Fügen Sie einen hinzu mit: shipshape-cli taxes set COUNTRY PERCENT --name NAME</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 % for %3%4, class %5.</source>
        <translation>%1 %2 % für %3%4, Klasse %5.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed the tax rate.</source>
        <translation>Steuersatz entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCommands.cpp" line="+47"/>
        <source>empty tables: %1</source>
        <translation>leere Tabellen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipshape copies only SQLite files; %1 is backed up and restored with pg_dump and pg_restore (docs/operations.md, &quot;Backup and restore&quot;):</source>
        <translation>Shipshape kopiert nur SQLite-Dateien; %1 wird mit pg_dump und pg_restore gesichert und wiederhergestellt (docs/operations.md, „Backup and restore“):</translation>
    </message>
    <message>
        <location line="+21"/>
        <source># Backup, as the schema&apos;s owner, while Shipshape runs (pg_dump reads one consistent snapshot):</source>
        <translation># Sicherung, als Eigentümer des Schemas, während Shipshape läuft (pg_dump liest einen konsistenten Snapshot):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Roles are the cluster&apos;s, not the database&apos;s (superuser; needed on a new server):</source>
        <translation># Rollen gehören zum Cluster, nicht zur Datenbank (Superuser; auf einem neuen Server erforderlich):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Check the dump can be read:</source>
        <translation># Prüfen, ob der Dump lesbar ist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Restore: stop every Shipshape program on the database, then into a new database (superuser creates it):</source>
        <translation># Wiederherstellen: alle Shipshape-Programme auf der Datenbank beenden, dann in eine neue Datenbank (vom Superuser angelegt):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source># Then point Shipshape at it and check it:</source>
        <translation># Dann Shipshape darauf verweisen und prüfen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A verified copy of the SQLite database, and putting one back.</source>
        <translation>Eine geprüfte Kopie der SQLite-Datenbank und ihre Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies the SQLite database to FILE while it is in use, and checks the copy.</source>
        <translation>Kopiert die SQLite-Datenbank im laufenden Betrieb nach FILE und prüft die Kopie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the copy; must not exist yet.</source>
        <translation>Wohin die Kopie geschrieben wird; darf noch nicht existieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy is written with VACUUM INTO beside FILE and renamed to FILE only after PRAGMA integrity_check said ok and every table has as many rows as in the database at that moment. The app, the worker and the API server may keep running. Exit 4 when FILE exists or the database is on PostgreSQL (the pg_dump procedure is printed), 7 when there is no database file.</source>
        <translation>Die Kopie wird mit VACUUM INTO neben FILE geschrieben und erst dann in FILE umbenannt, wenn PRAGMA integrity_check ok gemeldet hat und jede Tabelle so viele Zeilen hat wie in diesem Moment in der Datenbank. Die App, der Worker und der API-Server können weiterlaufen. Exit-Code 4, wenn FILE existiert oder die Datenbank auf PostgreSQL liegt (das pg_dump-Verfahren wird ausgegeben), 7, wenn es keine Datenbankdatei gibt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replaces the SQLite database with a backup, after checking it.</source>
        <translation>Ersetzt die SQLite-Datenbank nach einer Prüfung durch eine Sicherung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup made by shipshape-cli backup (or a migration&apos;s .bak).</source>
        <translation>Eine mit shipshape-cli backup erstellte Sicherung (oder die .bak-Datei einer Migration).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused (nothing changes) when FILE fails PRAGMA integrity_check or is not a Shipshape database (exit 3), when its schema is newer than this build&apos;s or its migrations differ from this build&apos;s (exit 4), and while another program has the database open: the app, shipshape-cli worker or serve (exit 4). The database as it was is kept as &lt;database&gt;.before-restore. An older schema is migrated when the database is next opened. Exit 4 with the pg_restore procedure for PostgreSQL, 7 when FILE does not exist.</source>
        <translation>Abgelehnt (nichts ändert sich), wenn FILE PRAGMA integrity_check nicht besteht oder keine Shipshape-Datenbank ist (Exit-Code 3), wenn ihr Schema neuer ist als das dieses Builds oder ihre Migrationen von denen dieses Builds abweichen (Exit-Code 4), und solange ein anderes Programm die Datenbank geöffnet hat: die App, shipshape-cli worker oder serve (Exit-Code 4). Die bisherige Datenbank wird als &lt;database&gt;.before-restore aufbewahrt. Ein älteres Schema wird beim nächsten Öffnen der Datenbank migriert. Exit-Code 4 mit dem pg_restore-Verfahren für PostgreSQL, 7, wenn FILE nicht existiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name the file to write the backup to.</source>
        <translation>Geben Sie die Datei an, in die die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no database file %1 to back up.</source>
        <translation>Es gibt keine Datenbankdatei %1 zum Sichern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up %1 to %2 (%3, schema version %4).</source>
        <translation>%1 nach %2 gesichert (%3, Schemaversion %4).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity check: ok. Rows, the same as in the database: %1.</source>
        <translation>Integritätsprüfung: ok. Zeilen, gleich wie in der Datenbank: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the backup file to restore.</source>
        <translation>Geben Sie die wiederherzustellende Sicherungsdatei an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored %1 from %2 (schema version %3).</source>
        <translation>%1 aus %2 wiederhergestellt (Schemaversion %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Integrity check: ok. Rows: %1.</source>
        <translation>Integritätsprüfung: ok. Zeilen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it was: %1</source>
        <translation>Die bisherige Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PickListsCommands.cpp" line="+32"/>
        <source>&quot;%1&quot; is not an order number (e.g. 1042 or #1042).</source>
        <translation>„%1“ ist keine Bestellnummer (z. B. 1042 oder #1042).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pick lists</source>
        <translation>Picklisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches of confirmed orders to pick in one walk, printed with barcodes.</source>
        <translation>Stapel bestätigter Bestellungen, die in einem Rundgang kommissioniert werden, gedruckt mit Barcodes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes a pick list of confirmed orders as a PDF with Code 128 barcodes.</source>
        <translation>Schreibt eine Pickliste bestätigter Bestellungen als PDF mit Code-128-Barcodes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The orders to pick (numbers, comma-separated or repeated). Default: every confirmed order still to ship, oldest first, up to --limit.</source>
        <translation>Die zu kommissionierenden Bestellungen (Nummern, kommagetrennt oder wiederholt). Standard: alle bestätigten, noch zu versendenden Bestellungen, älteste zuerst, bis zu --limit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without --orders, at most N orders (1 to 5000). Default: 100.</source>
        <translation>Ohne --orders höchstens N Bestellungen (1 bis 5000). Standard: 100.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the PDF.</source>
        <translation>Wohin das PDF geschrieben wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines are grouped by SKU in natural walking order (A-2 before A-10), each with the total to take and how it splits among the orders. Only confirmed orders are picked; another status is refused (exit 4) and nothing is written. An order&apos;s barcode reads &quot;#1042&quot;, a SKU&apos;s reads the SKU.</source>
        <translation>Positionen werden nach SKU in natürlicher Laufreihenfolge gruppiert (A-2 vor A-10), jeweils mit der zu entnehmenden Gesamtmenge und ihrer Aufteilung auf die Bestellungen. Nur bestätigte Bestellungen werden kommissioniert; ein anderer Status wird abgelehnt (Exit-Code 4), und nichts wird geschrieben. Der Barcode einer Bestellung lautet „#1042“, der einer SKU ist die SKU selbst.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--limit applies without --orders only.</source>
        <translation>--limit gilt nur ohne --orders.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Pick list of %n order(s)</source>
        <translation>
            <numerusform>Pickliste für %n Bestellung</numerusform>
            <numerusform>Pickliste für %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n unit(s) at %1 stop(s), written to %2 in %3 ms.</source>
        <translation>
            <numerusform>, %n Einheit an %1 Entnahmestelle(n), in %3 ms nach %2 geschrieben.</numerusform>
            <numerusform>, %n Einheiten an %1 Entnahmestelle(n), in %3 ms nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="-403"/>
        <source>&quot;%1&quot; is not a return id (a number).</source>
        <translation>„%1“ ist keine Retouren-ID (eine Zahl).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>: %1 restocked, %2 written off</source>
        <translation>: %1 wieder eingelagert, %2 abgeschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Return %1 of order %2: %3</source>
        <translation>Retoure %1 der Bestellung %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  restocked %1, written off %2</source>
        <translation>  wieder eingelagert %1, abgeschrieben %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  refund %1</source>
        <translation>  Erstattung %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CountsCommands.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a count id (a number).</source>
        <translation>&quot;%1&quot; ist keine Zählungsnummer (eine Zahl).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1  expected %2  not counted yet</source>
        <translation>%1  erwartet %2  noch nicht gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  expected %2  counted %3</source>
        <translation>%1  erwartet %2  gezählt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  moved during the count %1</source>
        <translation>  während der Zählung bewegt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  variance %1</source>
        <translation>  Abweichung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  posted as ledger row %1</source>
        <translation>  gebucht als Journalzeile %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Count #%1: %2, %3 of %4 products counted; started by %5 at %6</source>
        <translation>Zählung #%1: %2, %3 von %4 Produkten gezählt; begonnen von %5 um %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+4"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 um %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Count #%1: %2</source>
        <translation>Zählung #%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The count&apos;s id (from counts list), e.g. 12 or #12.</source>
        <translation>Die Nummer der Zählung (aus counts list), z. B. 12 oder #12.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product: its SKU (any case) or its barcode.</source>
        <translation>Das Produkt: seine SKU (beliebige Schreibweise) oder sein Barcode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle counts</source>
        <translation>Inventurzählungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle counts: count products on the shelf, see the variance against the stock when each was counted, and have an admin post the corrections.</source>
        <translation>Inventurzählungen: Produkte im Regal zählen, die Abweichung gegenüber dem Bestand zum Zeitpunkt jeder Zählung sehen und die Korrekturen von einem Admin buchen lassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts a count of the products named, or of those not counted for a number of days.</source>
        <translation>Beginnt eine Zählung der genannten Produkte oder der seit einer Anzahl von Tagen nicht gezählten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product to count; several may be given.</source>
        <translation>Ein zu zählendes Produkt; mehrere sind möglich.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With --due: at most N products (default 50).</source>
        <translation>Mit --due: höchstens N Produkte (Standard 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where or why, e.g. &quot;aisle A&quot;; it goes on the ledger rows the count posts.</source>
        <translation>Wo oder warum, z. B. &quot;Gang A&quot;; steht auf den Journalzeilen, die die Zählung bucht.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Instead of SKUs: the products not counted (in an approved count) for DAYS days and in no open count, never counted ones first.</source>
        <translation>Statt SKUs: die seit TAGEN Tagen nicht (in einer genehmigten Zählung) gezählten Produkte, die in keiner offenen Zählung sind, nie gezählte zuerst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each line expects the product&apos;s on-hand now. A product is in one open count at a time: naming one that is in another open count is refused (exit 4), a code that is no product&apos;s exits 3; nothing is written.</source>
        <translation>Jede Zeile erwartet den jetzigen Bestand des Produkts. Ein Produkt ist in höchstens einer offenen Zählung: eines, das in einer anderen offenen Zählung ist, wird abgelehnt (Exit 4), ein Code, der keinem Produkt gehört, endet mit Exit 3; nichts wird geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enters what the shelf holds of a product, replacing an earlier entry.</source>
        <translation>Erfasst, was das Regal von einem Produkt enthält, und ersetzt eine frühere Erfassung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The units found, 0 or more.</source>
        <translation>Die gefundenen Einheiten, 0 oder mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count is taken against the stock as it is now, so units shipped since the count started are accounted, not reported as variance. A product not in the count is refused (exit 4), a code that is no product&apos;s or a negative quantity exits 3; nothing is written.</source>
        <translation>Die Zählung gilt gegenüber dem Bestand, wie er jetzt ist: seit Beginn der Zählung versandte Einheiten werden verrechnet, nicht als Abweichung gemeldet. Ein Produkt, das nicht in der Zählung ist, wird abgelehnt (Exit 4), ein Code, der keinem Produkt gehört, oder eine negative Menge endet mit Exit 3; nichts wird geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts one unit per scanned code (SKU or barcode), as a scanner would.</source>
        <translation>Zählt eine Einheit je gescanntem Code (SKU oder Barcode), wie ein Scanner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scanned code; one unit each, repeat for more.</source>
        <translation>Ein gescannter Code; je eine Einheit, für mehr wiederholen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scans are applied in order and stop at the first refused one (the scans before it stay counted, as on the floor).</source>
        <translation>Scans werden der Reihe nach angewendet und enden beim ersten abgelehnten (die Scans davor bleiben gezählt, wie am Regal).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approves a count: posts each difference as a ledger correction and closes it (admins).</source>
        <translation>Genehmigt eine Zählung: bucht jede Abweichung als Journalkorrektur und schließt sie (Admins).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every product must be counted. Refused (exit 4), nothing written: a product not counted, a product whose stock was corrected by hand since it was counted (count it again), a correction that would leave less on hand than open orders reserve. On PostgreSQL only an admin login approves.</source>
        <translation>Jedes Produkt muss gezählt sein. Abgelehnt (Exit 4), nichts geschrieben: ein nicht gezähltes Produkt, ein Produkt, dessen Bestand seit der Zählung von Hand korrigiert wurde (neu zählen), eine Korrektur, die weniger Bestand ließe, als offene Bestellungen reservieren. Unter PostgreSQL genehmigt nur ein Admin-Login.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closes a count without changing stock.</source>
        <translation>Schließt eine Zählung, ohne den Bestand zu ändern.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists counts, newest first, with how far each got.</source>
        <translation>Listet Zählungen, die neuesten zuerst, mit ihrem Fortschritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only counts in this state.</source>
        <translation>Nur Zählungen in diesem Status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N counts (default 50).</source>
        <translation>Höchstens N Zählungen (Standard 50).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows a count: each product&apos;s expected, counted and variance.</source>
        <translation>Zeigt eine Zählung: erwarteter, gezählter Bestand und Abweichung jedes Produkts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists products not counted for a number of days, never counted ones first.</source>
        <translation>Listet seit einer Anzahl von Tagen nicht gezählte Produkte, nie gezählte zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not counted for DAYS days (default %1).</source>
        <translation>Seit TAGEN Tagen nicht gezählt (Standard %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N products (default 50).</source>
        <translation>Höchstens N Produkte (Standard 50).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name the products to count, or give --due DAYS (not both).</source>
        <translation>Nennen Sie die zu zählenden Produkte oder geben Sie --due TAGE an (nicht beides).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--limit goes with --due.</source>
        <translation>--limit gehört zu --due.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a number of units.</source>
        <translation>&quot;%1&quot; ist keine Anzahl von Einheiten.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Scan %1 &quot;%2&quot;: %3 counted %4</source>
        <translation>Scan %1 &quot;%2&quot;: %3 gezählt %4</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No counts.</source>
        <translation>Keine Zählungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1  %2  %3 of %4 counted, %5 differing  started %6 by %7%8</source>
        <translation>#%1  %2  %3 von %4 gezählt, %5 abweichend  begonnen %6 von %7%8</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1  %2  on hand %3  %4</source>
        <translation>%1  %2  Bestand %3  %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last counted %1</source>
        <translation>zuletzt gezählt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never counted</source>
        <translation>nie gezählt</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+2"/>
        <source>Refunded %1 %2 (restocking fee %3, shipping %4)</source>
        <translation>Erstattet %1 %2 (Wiedereinlagerungsgebühr %3, Versand %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanged for order %1: worth %2 %3, of which %4 paid for the replacement</source>
        <translation>Umgetauscht gegen Bestellung %1: Wert %2 %3, davon %4 für die Ersatzbestellung bezahlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outstanding: %1 not received yet (returns receive takes them until the refund).</source>
        <translation>Ausstehend: %1 noch nicht eingegangen (returns receive bucht sie bis zur Erstattung).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The return&apos;s id (from returns list).</source>
        <translation>Die ID der Retoure (aus returns list).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns (RMA) of shipped goods: opened with a reason per line, received into stock or written off, refunded once, or rejected.</source>
        <translation>Retouren (RMA) versendeter Ware: mit einem Grund je Position angelegt, als eingegangen wieder eingelagert oder abgeschrieben, einmal erstattet oder abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens a return of shipped units of an order, with a reason per line; the customer gets an email.</source>
        <translation>Legt eine Retoure versendeter Einheiten einer Bestellung an, mit einem Grund je Position; der Kunde erhält eine E-Mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QTY shipped units of SKU come back for REASON (%1); repeat for more lines.</source>
        <translation>QTY versendete Einheiten von SKU kommen aus dem Grund REASON zurück (%1); für weitere Positionen wiederholen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the customer said; required for the reason &quot;other&quot;.</source>
        <translation>Was der Kunde angegeben hat; erforderlich beim Grund „other“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shipped units can come back, and never more of a line than shipped less what other returns (not rejected) hold: otherwise exit 3 naming the line, and nothing is written.</source>
        <translation>Nur versendete Einheiten können zurückkommen, und von einer Position nie mehr als versendet abzüglich dessen, was andere (nicht abgelehnte) Retouren enthalten: andernfalls Exit-Code 3 mit Nennung der Position, und nichts wird geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receives a requested return once: units back on hand (restock) or written off; the customer gets an email.</source>
        <translation>Bucht den Eingang einer angemeldeten Retoure (einmalig): Einheiten wieder auf Lager (wieder einlagern) oder abgeschrieben; der Kunde erhält eine E-Mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QTY units of SKU go back on hand (ledger kind returned); repeat for more lines.</source>
        <translation>QTY Einheiten von SKU kommen wieder auf Lager (Journalart returned); für weitere Positionen wiederholen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QTY units of SKU cannot be sold again (ledger kind damaged, nothing back on hand); repeat for more lines.</source>
        <translation>QTY Einheiten von SKU können nicht wieder verkauft werden (Journalart damaged, nichts wieder auf Lager); für weitere Positionen wiederholen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line cannot receive more than the return holds (exit 3 naming the line); a return already received or rejected exits 4.</source>
        <translation>Für eine Position kann nicht mehr eingehen, als die Retoure enthält (Exit-Code 3 mit Nennung der Position); eine bereits eingegangene oder abgelehnte Retoure ergibt Exit-Code 4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds a received return once: what its units really cost (after discounts, with their tax), less a restocking fee, plus the shipping when asked.</source>
        <translation>Erstattet eine eingegangene Retoure einmalig: was ihre Einheiten tatsächlich gekostet haben (nach Rabatten, mit ihrer Steuer), abzüglich einer Wiedereinlagerungsgebühr, zuzüglich der Versandkosten, falls gewünscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept by the shop, in the order&apos;s currency.</source>
        <translation>Wird vom Shop einbehalten, in der Währung der Bestellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders paid by hand: how the money went back.</source>
        <translation>Von Hand bezahlte Bestellungen: wie das Geld zurückgezahlt wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders paid by hand: the transfer&apos;s or receipt&apos;s reference.</source>
        <translation>Von Hand bezahlte Bestellungen: die Referenz der Überweisung oder des Belegs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give back the order&apos;s shipping fee too (once per order).</source>
        <translation>Auch die Versandgebühr der Bestellung zurückzahlen (einmal je Bestellung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card orders are refunded through Stripe (idempotently, as orders refund); orders paid by hand record the refund made outside Shipshape (--method). Refunds never exceed what was paid; what the customer had not paid yet is taken off the balance instead. Refunding a return twice, or one not received, exits 4.</source>
        <translation>Kartenbestellungen werden über Stripe erstattet (idempotent, wie bei orders refund); bei von Hand bezahlten Bestellungen wird die außerhalb von Shipshape geleistete Erstattung erfasst (--method). Erstattungen übersteigen nie den bezahlten Betrag; was der Kunde noch nicht bezahlt hatte, wird stattdessen vom offenen Betrag abgezogen. Eine Retoure zweimal zu erstatten oder eine nicht eingegangene zu erstatten ergibt Exit-Code 4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rejects a requested return, saying why.</source>
        <translation>Lehnt eine angemeldete Retoure mit Begründung ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exchanges a requested or received return once for a replacement order; the returned units&apos; value pays for it.</source>
        <translation>Tauscht eine angemeldete oder eingegangene Retoure einmalig gegen eine Ersatzbestellung um; der Wert der retournierten Einheiten bezahlt sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replacement as order request JSON (as for orders place): a file, or - for standard input. customer, shippingAddress and paymentMethod default to the return&apos;s order.</source>
        <translation>Die Ersatzbestellung als JSON-Bestellanfrage (wie bei orders place): eine Datei oder - für die Standardeingabe. customer, shippingAddress und paymentMethod werden standardmäßig von der Bestellung der Retoure übernommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The replacement is placed like any order (stock reserved, never oversold) and linked to the return both ways. What the returned units really cost (as their refund would give back) is credited against its total: a dearer replacement leaves the rest to pay on it (orders mark-paid, or orders payment-link for a card order); a cheaper one leaves the difference as refund owed on the original order (orders refund); one paid in full is confirmed at once. A rejected, refunded or already exchanged return exits 4, bad JSON or an unknown product exits 3, out of stock exits 4; nothing is written then.</source>
        <translation>Die Ersatzbestellung wird wie jede Bestellung aufgegeben (Bestand reserviert, nie überverkauft) und in beide Richtungen mit der Retoure verknüpft. Was die retournierten Einheiten tatsächlich gekostet haben (so viel, wie ihre Erstattung zurückzahlen würde), wird auf ihre Gesamtsumme angerechnet: Bei einer teureren Ersatzbestellung bleibt der Rest darauf zu bezahlen (orders mark-paid, oder orders payment-link bei einer Kartenbestellung); bei einer günstigeren bleibt die Differenz als offene Erstattung auf der ursprünglichen Bestellung (orders refund); eine vollständig bezahlte wird sofort bestätigt. Eine abgelehnte, erstattete oder bereits umgetauschte Retoure ergibt Exit-Code 4, ungültiges JSON oder ein unbekanntes Produkt Exit-Code 3, fehlender Bestand Exit-Code 4; dann wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists returns, newest first.</source>
        <translation>Listet Retouren auf, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only returns in this state.</source>
        <translation>Nur Retouren mit diesem Status.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only returns with a line given this reason.</source>
        <translation>Nur Retouren mit einer Position, die diesen Grund hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only returns opened more than DAYS days ago.</source>
        <translation>Nur Retouren, die vor mehr als DAYS Tagen angelegt wurden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only returns opened on or after this day (UTC).</source>
        <translation>Nur Retouren, die an oder nach diesem Tag angelegt wurden (UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only returns opened on or before this day (UTC).</source>
        <translation>Nur Retouren, die an oder vor diesem Tag angelegt wurden (UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N returns (default 50).</source>
        <translation>Höchstens N Retouren (Standard: 50).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows one return with its lines.</source>
        <translation>Zeigt eine Retoure mit ihren Positionen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>„%1“ ist kein Betrag in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 was paid by card and is refunded through Stripe: --method is only for refunds made outside Shipshape.</source>
        <translation>Die Bestellung %1 wurde per Karte bezahlt und wird über Stripe erstattet: --method gilt nur für außerhalb von Shipshape geleistete Erstattungen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Return %1 of order %2 exchanged for order %3 (%4, total %5): the returned units are worth %6, %7 of it pays for the replacement.</source>
        <translation>Retoure %1 der Bestellung %2 gegen Bestellung %3 umgetauscht (%4, Gesamtsumme %5): Die retournierten Einheiten sind %6 wert, davon bezahlen %7 die Ersatzbestellung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left to pay on order %1: %2 %3.</source>
        <translation>Offener Betrag der Bestellung %1: %2 %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund owed on order %1: %2 %3 (orders refund).</source>
        <translation>Offene Erstattung der Bestellung %1: %2 %3 (orders refund).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown return state &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Retourenstatus „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown return reason &quot;%1&quot;: use %2.</source>
        <translation>Unbekannter Retourengrund „%1“: %2 verwenden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a limit from 1 to 10000.</source>
        <translation>„%1“ ist kein Limit von 1 bis 10000.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number of days from 0 to 3660.</source>
        <translation>„%1“ ist keine Anzahl von Tagen zwischen 0 und 3660.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReplicaCommands.cpp" line="+44"/>
        <source>The replica is an SQLite file in the data folder, one per server and database; the desktop reads it read-only and never trusts it as a source of truth.</source>
        <translation>Das Replikat ist eine SQLite-Datei im Datenordner, eine pro Server und Datenbank; die Desktop-App liest sie schreibgeschützt und behandelt sie nie als maßgebliche Datenquelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local SQLite replica of a PostgreSQL database: its status, an incremental sync, a rebuild.</source>
        <translation>Das lokale SQLite-Replikat einer PostgreSQL-Datenbank: sein Status, eine inkrementelle Synchronisierung, ein Neuaufbau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows the replica&apos;s file, server identity, last change, lag and row counts.</source>
        <translation>Zeigt Datei, Server-Identität, letzte Änderung, Verzögerung und Zeilenzahlen des Replikats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lag is how long the oldest change the replica does not hold yet has waited on the server (0 when it holds all). When the server does not answer, the replica&apos;s own figures are shown. Exit 7 when there is no replica yet, 3 for a SQLite database (it needs none).</source>
        <translation>Die Verzögerung gibt an, wie lange die älteste Änderung, die das Replikat noch nicht enthält, bereits auf dem Server wartet (0, wenn es alle enthält). Antwortet der Server nicht, werden die eigenen Werte des Replikats angezeigt. Exit-Code 7, wenn es noch kein Replikat gibt, 3 bei einer SQLite-Datenbank (sie braucht keines).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brings the replica up to date: the first sync copies, later ones read only what changed.</source>
        <translation>Bringt das Replikat auf den neuesten Stand: Die erste Synchronisierung kopiert alles, spätere lesen nur, was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An interrupted first sync resumes where it stopped. A replica that is damaged, of another server or database, of another schema version, or older than the changes the server keeps is rebuilt, and the output says why. Exit 3 for a SQLite database, 4 when the server&apos;s schema is not this Shipshape&apos;s, 6 when the server does not answer.</source>
        <translation>Eine unterbrochene erste Synchronisierung wird dort fortgesetzt, wo sie angehalten hat. Ein Replikat, das beschädigt ist, von einem anderen Server oder einer anderen Datenbank stammt, eine andere Schemaversion hat oder älter ist als die Änderungen, die der Server aufbewahrt, wird neu aufgebaut, und die Ausgabe nennt den Grund. Exit-Code 3 bei einer SQLite-Datenbank, 4, wenn das Schema des Servers nicht das dieser Shipshape-Version ist, 6, wenn der Server nicht antwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Throws the replica away and copies it again from the server.</source>
        <translation>Verwirft das Replikat und kopiert es erneut vom Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes as for replica sync.</source>
        <translation>Exit-Codes wie bei replica sync.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+58"/>
        <source>A replica follows a PostgreSQL server; %1 is a SQLite file already.</source>
        <translation>Ein Replikat folgt einem PostgreSQL-Server; %1 ist bereits eine SQLite-Datei.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Replica: %1 (%2 bytes)</source>
        <translation>Replikat: %1 (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: database %1, id %2, schema version %3</source>
        <translation>Server: Datenbank %1, ID %2, Schemaversion %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: live</source>
        <translation>Status: aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State: first sync not finished (resumes on sync)</source>
        <translation>Status: erste Synchronisierung nicht abgeschlossen (wird bei sync fortgesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sequence: %1; last change: %2; last sync: %3</source>
        <translation>Letzte Sequenznummer: %1; letzte Änderung: %2; letzte Synchronisierung: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag: unknown (the server does not answer: %1)</source>
        <translation>Verzögerung: unbekannt (der Server antwortet nicht: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag: %1 ms, %2 change(s) not yet in the replica</source>
        <translation>Verzögerung: %1 ms, %2 Änderung(en) noch nicht im Replikat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copying %1 (%2 of about %3 rows)…</source>
        <translation>%1 wird kopiert (%2 von etwa %3 Zeilen)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It was rebuilt.</source>
        <translation>Es wurde neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First sync resumed: copied %1 more rows.</source>
        <translation>Erste Synchronisierung fortgesetzt: %1 weitere Zeilen kopiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First sync: copied %1 rows.</source>
        <translation>Erste Synchronisierung: %1 Zeilen kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caught up: %1 change(s) applied; last sequence %2; %3 s.</source>
        <translation>Auf dem neuesten Stand: %1 Änderung(en) übernommen; letzte Sequenznummer %2; %3 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replica: %1</source>
        <translation>Replikat: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PackCommands.cpp" line="+34"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/commands/CountsCommands.cpp" line="-121"/>
        <source>Scan %1 (&quot;%2&quot;) refused: %3</source>
        <translation>Scan %1 („%2“) abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packing</source>
        <translation>Packen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Packs an order by scans (SKU or GTIN) and ships it once complete.</source>
        <translation>Packt eine Bestellung per Scan (SKU oder GTIN) und versendet sie, sobald sie vollständig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order to pack: its number (1042 or #1042) or id.</source>
        <translation>Die zu packende Bestellung: ihre Nummer (1042 oder #1042) oder ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One scan: an item&apos;s SKU or GTIN (one unit), or the order&apos;s own barcode (#1042). Repeat it for every scan, in order.</source>
        <translation>Ein Scan: die SKU oder GTIN eines Artikels (eine Einheit) oder der eigene Barcode der Bestellung (#1042). Für jeden Scan wiederholen, in der Reihenfolge der Scans.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship the packed parcel with this tracking number once every unit is packed.</source>
        <translation>Das gepackte Paket mit dieser Sendungsnummer versenden, sobald jede Einheit gepackt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parcel&apos;s carrier (with --tracking).</source>
        <translation>Der Versanddienstleister des Pakets (mit --tracking).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --tracking: ship what is packed as a partial shipment even if units are left.</source>
        <translation>Mit --tracking: das Gepackte als Teilsendung versenden, auch wenn noch Einheiten übrig sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scans are applied one by one, each stored at once (another desktop sees it and can resume). A scan that is no product&apos;s code is refused with exit 3, a wrong item, an item of another order, one too many or an order that cannot ship (not confirmed, nothing left) with exit 4; the message names the scan, nothing is counted for it, and the scans after it are not applied. With --tracking, a completely packed order ships as one parcel of exactly the packed units through the ordinary shipping rule (docs/fulfillment.md) and its progress is cleared; an incomplete one is refused (exit 4) unless --partial. Without scans, prints the order&apos;s progress.</source>
        <translation>Scans werden nacheinander angewendet und jeweils sofort gespeichert (ein anderer Arbeitsplatz sieht sie und kann fortfahren). Ein Scan, der kein Produktcode ist, wird mit Exit-Code 3 abgelehnt; ein falscher Artikel, ein Artikel einer anderen Bestellung, eine Einheit zu viel oder eine Bestellung, die nicht versendet werden kann (nicht bestätigt, nichts mehr übrig), mit Exit-Code 4; die Meldung nennt den Scan, für ihn wird nichts gezählt, und die folgenden Scans werden nicht angewendet. Mit --tracking wird eine vollständig gepackte Bestellung als ein Paket mit genau den gepackten Einheiten nach der üblichen Versandregel (docs/fulfillment.md) versendet und ihr Fortschritt gelöscht; eine unvollständige wird abgelehnt (Exit-Code 4), außer mit --partial. Ohne Scans wird der Fortschritt der Bestellung ausgegeben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--carrier and --partial go with --tracking.</source>
        <translation>--carrier und --partial sind nur zusammen mit --tracking möglich.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>that is order #%1&apos;s barcode, not #%2&apos;s.</source>
        <translation>das ist der Barcode der Bestellung #%1, nicht der von #%2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan %1 &quot;%2&quot;: order #%3, %4 of %5 units packed.</source>
        <translation>Scan %1 „%2“: Bestellung #%3, %4 von %5 Einheiten gepackt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan %1 &quot;%2&quot;: %3 (%4 of %5 units packed).</source>
        <translation>Scan %1 „%2“: %3 (%4 von %5 Einheiten gepackt).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipped order #%1 (%2 units, tracking %3); it is now %4.</source>
        <translation>Bestellung #%1 versendet (%2 Einheiten, Sendungsnummer %3); sie ist jetzt %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order #%1 is completely packed: give --tracking to ship it.</source>
        <translation>Bestellung #%1 ist vollständig gepackt: Geben Sie --tracking an, um sie zu versenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1: %2 of %3 units packed.</source>
        <translation>Bestellung #%1: %2 von %3 Einheiten gepackt.</translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <location filename="../core/storage/ConnectionReport.cpp" line="+35"/>
        <source>no Shipshape schema yet (created on first start)</source>
        <translation>noch kein Shipshape-Schema (wird beim ersten Start angelegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema version %1 (upgraded to %2 on first start)</source>
        <translation>Schemaversion %1 (wird beim ersten Start auf %2 aktualisiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema version %1</source>
        <translation>Schemaversion %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · login %3</source>
        <translation>%1 · %2 · Anmeldung %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/common/CsvReader.cpp" line="+73"/>
        <source>Line %1: a quote inside a field that does not start with one (write &quot;&quot; inside a quoted field).</source>
        <translation>Zeile %1: Anführungszeichen in einem Feld, das nicht mit einem beginnt (innerhalb eines Felds in Anführungszeichen &quot;&quot; schreiben).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: text after a closing quote (a quoted field ends at a comma or the line&apos;s end).</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen (ein Feld in Anführungszeichen endet an einem Komma oder am Zeilenende).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: a quote is opened and never closed.</source>
        <translation>Zeile %1: Ein Anführungszeichen wird geöffnet und nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../core/common/Currency.cpp" line="+69"/>
        <source>Unknown currency &quot;%1&quot;: use an ISO 4217 code such as USD or EUR.</source>
        <translation>Unbekannte Währung „%1“: Verwenden Sie einen ISO-4217-Code wie USD oder EUR.</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <location filename="../core/customers/CustomerService.cpp" line="+15"/>
        <source>The limit must be between 1 and %1 (got %2).</source>
        <translation>Das Limit muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The offset cannot be negative (got %1).</source>
        <translation>Der Offset darf nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no customer with the ID %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customer &quot;%1&quot; (give the customer&apos;s ID from customers list, or their email).</source>
        <translation>Kein Kunde „%1“ (geben Sie die ID des Kunden aus customers list oder seine E-Mail-Adresse an).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The page size must be between 1 and %1 (got %2).</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages are numbered from 1 (got %1).</source>
        <translation>Seiten werden ab 1 nummeriert (erhalten: %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Page %1 does not exist: this customer&apos;s orders fill %n page(s).</source>
        <translation>
            <numerusform>Seite %1 existiert nicht: Die Bestellungen dieses Kunden füllen %n Seite.</numerusform>
            <numerusform>Seite %1 existiert nicht: Die Bestellungen dieses Kunden füllen %n Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTags</name>
    <message>
        <location filename="../core/customers/CustomerTags.cpp" line="+21"/>
        <source>No customer &quot;%1&quot; (give the customer&apos;s ID from customers list, or their email).</source>
        <translation>Kein Kunde „%1“ (geben Sie die ID des Kunden aus customers list oder seine E-Mail-Adresse an).</translation>
    </message>
</context>
<context>
    <name>CycleCountStates</name>
    <message>
        <location filename="../core/inventory/CycleCount.cpp" line="+33"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>CycleCounts</name>
    <message>
        <location filename="../core/inventory/CycleCounts.cpp" line="+24"/>
        <source>There is no count #%1.</source>
        <translation>Es gibt keine Zählung #%1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>count #%1</source>
        <translation>Zählung #%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A count needs at least one product.</source>
        <translation>Eine Zählung braucht mindestens ein Produkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A count holds at most %1 products; %2 were given.</source>
        <translation>Eine Zählung umfasst höchstens %1 Produkte; %2 wurden angegeben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is named twice; a count holds each product once.</source>
        <translation>%1 ist doppelt genannt; eine Zählung enthält jedes Produkt einmal.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is being counted in count #%2 already; approve or cancel that count first.</source>
        <translation>%1 wird bereits in Zählung #%2 gezählt; genehmigen oder stornieren Sie diese Zählung zuerst.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Every product was counted in the last %n day(s) or is being counted: nothing to count.</source>
        <translation>
            <numerusform>Jedes Produkt wurde am letzten Tag gezählt oder wird gerade gezählt: nichts zu zählen.</numerusform>
            <numerusform>Jedes Produkt wurde in den letzten %n Tagen gezählt oder wird gerade gezählt: nichts zu zählen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Count #%1 is %2: a closed count does not change.</source>
        <translation>Zählung #%1 ist %2: eine geschlossene Zählung ändert sich nicht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+46"/>
        <source>A count is a number of units from 0 to %1.</source>
        <translation>Eine Zählung ist eine Anzahl von Einheiten von 0 bis %1.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>A scan adds from 1 to %1 units.</source>
        <translation>Ein Scan fügt 1 bis %1 Einheiten hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the product counted: its SKU or barcode.</source>
        <translation>Nennen Sie das gezählte Produkt: seine SKU oder seinen Barcode.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cycle count #%1: counted %2 where the stock said %3</source>
        <translation>Inventurzählung #%1: gezählt %2, wo der Bestand %3 sagte</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+115"/>
        <source>&quot;%1&quot; is no product&apos;s SKU or barcode.</source>
        <translation>&quot;%1&quot; ist weder SKU noch Barcode eines Produkts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in count #%2: nothing was counted.</source>
        <translation>%1 ist nicht in Zählung #%2: nichts wurde gezählt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stock of %1 was corrected since its first units were counted: count it again and enter the whole number.</source>
        <translation>Der Bestand von %1 wurde korrigiert, seit seine ersten Einheiten gezählt wurden: zählen Sie neu und erfassen Sie die ganze Anzahl.</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Count #%1 cannot be approved: %n product(s) not counted yet (%2).</source>
        <translation>
            <numerusform>Zählung #%1 kann nicht genehmigt werden: %n Produkt noch nicht gezählt (%2).</numerusform>
            <numerusform>Zählung #%1 kann nicht genehmigt werden: %n Produkte noch nicht gezählt (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Count #%1 cannot be approved: the stock of %2 was corrected after it was counted. Count it again.</source>
        <translation>Zählung #%1 kann nicht genehmigt werden: der Bestand von %2 wurde nach der Zählung korrigiert. Zählen Sie neu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Count #%1 cannot be approved: correcting %2 by %3 would leave less on hand than open orders reserve. Cancel or edit those orders, or count %2 again.</source>
        <translation>Zählung #%1 kann nicht genehmigt werden: %2 um %3 zu korrigieren ließe weniger Bestand, als offene Bestellungen reservieren. Stornieren oder ändern Sie diese Bestellungen oder zählen Sie %2 neu.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Days are from 0 to 3650.</source>
        <translation>Tage liegen zwischen 0 und 3650.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/views/DashboardCharts.cpp" line="+147"/>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %2, %Ln order(s)</source>
        <translation>
            <numerusform>%1: %2, %Ln Bestellung</numerusform>
            <numerusform>%1: %2, %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Units sold</source>
        <translation>Verkaufte Einheiten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2): %3 units, %4</source>
        <translation>%1 (%2): %3 Einheiten, %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Units returned</source>
        <translation>Retournierte Einheiten</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2 units in %3 returns</source>
        <translation>%1: %2 Einheiten in %3 Retouren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-stock threshold</source>
        <translation>Schwelle für niedrigen Bestand</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2): %3 available, threshold %4</source>
        <translation>%1 (%2): %3 verfügbar, Schwelle %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Placement took at most (last: longer)</source>
        <translation>Bestellaufgabe dauerte höchstens (letzte: länger)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placements</source>
        <translation>Bestellaufgaben</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Within the %1 target</source>
        <translation>Innerhalb des Ziels von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <location filename="../core/dashboard/DashboardService.cpp" line="+211"/>
        <source>The period needs a valid first day.</source>
        <translation>Der Zeitraum benötigt einen gültigen ersten Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period needs a valid last day.</source>
        <translation>Der Zeitraum benötigt einen gültigen letzten Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dashboard period is at most %1 days (got %2).</source>
        <translation>Ein Dashboard-Zeitraum umfasst höchstens %1 Tage (erhalten: %2).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+137"/>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+63"/>
        <location line="+166"/>
        <location line="+15"/>
        <source>The database is unavailable: %1</source>
        <translation>Die Datenbank ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+105"/>
        <source>The database server %1 is unavailable; the change was not saved. Shipshape reconnects by itself on the next try.</source>
        <translation>Der Datenbankserver %1 ist nicht verfügbar; die Änderung wurde nicht gespeichert. Shipshape verbindet sich beim nächsten Versuch automatisch neu.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The database server %1 has not answered since Shipshape started.</source>
        <translation>Der Datenbankserver %1 hat seit dem Start von Shipshape nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+173"/>
        <location line="+8"/>
        <location filename="../core/storage/UnitOfWork.cpp" line="+29"/>
        <source>The database is busy; try again.</source>
        <translation>Die Datenbank ist ausgelastet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database file cannot be written: %1</source>
        <translation type="vanished">Die Datenbankdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>The change breaks a rule of the database: %1</source>
        <translation>Die Änderung verletzt eine Regel der Datenbank: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database login is not allowed to do this (%1).</source>
        <translation>Ihre Datenbankanmeldung darf dies nicht tun (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database error: %1</source>
        <translation>Datenbankfehler: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../core/storage/DatabaseUrl.cpp" line="+46"/>
        <source>The SQLite database URL &quot;%1&quot; has no file path (use sqlite:PATH).</source>
        <translation>Die SQLite-Datenbank-URL „%1“ enthält keinen Dateipfad (sqlite:PFAD verwenden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite database URL &quot;%1&quot; names a folder: end it with the file&apos;s name, e.g. sqlite:%2shipshape.sqlite.</source>
        <translation>Die SQLite-Datenbank-URL „%1“ nennt einen Ordner: Beenden Sie sie mit dem Dateinamen, z. B. sqlite:%2shipshape.sqlite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (use postgresql://USER@HOST:PORT/DB).</source>
        <translation>„%1“ ist keine gültige PostgreSQL-URL (postgresql://BENUTZER@HOST:PORT/DB verwenden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not put the password in the database URL; use the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation>Geben Sie das Passwort nicht in der Datenbank-URL an; verwenden Sie den Schlüsselbund, PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL URL &quot;%1&quot; names no database (use postgresql://USER@HOST:PORT/DB).</source>
        <translation>Die PostgreSQL-URL „%1“ nennt keine Datenbank (postgresql://BENUTZER@HOST:PORT/DB verwenden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL URL &quot;%1&quot; holds characters that are not text (control characters or broken UTF-8) in its user or database name.</source>
        <translation>Die PostgreSQL-URL „%1“ enthält im Benutzer- oder Datenbanknamen Zeichen, die kein Text sind (Steuerzeichen oder fehlerhaftes UTF-8).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Unbekannte Datenbank-URL „%1“: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DB verwenden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>SQLite file %1</source>
        <translation>SQLite-Datei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL %1 on %2:%3 as %4</source>
        <translation>PostgreSQL %1 auf %2:%3 als %4</translation>
    </message>
</context>
<context>
    <name>DeclineReasons</name>
    <message>
        <location filename="../core/payment/DeclineReasons.cpp" line="+20"/>
        <source>Needs 3-D Secure authentication</source>
        <translation>3-D-Secure-Authentifizierung erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the customer a payment link so they can confirm it.</source>
        <translation>Senden Sie dem Kunden einen Zahlungslink, damit er die Zahlung bestätigen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank could not approve it</source>
        <translation>Bank konnte nicht zustimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it fails again, the customer should call their bank.</source>
        <translation>Versuchen Sie es erneut; schlägt es wieder fehl, sollte der Kunde seine Bank anrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+34"/>
        <source>Declined by the bank</source>
        <translation>Von der Bank abgelehnt</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+14"/>
        <location line="+20"/>
        <location line="+2"/>
        <location line="+20"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>The customer should call their bank.</source>
        <translation>Der Kunde sollte seine Bank anrufen.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Card does not support this purchase</source>
        <translation>Karte unterstützt diesen Kauf nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+17"/>
        <location line="+26"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Ask for another card.</source>
        <translation>Bitten Sie um eine andere Karte.</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+85"/>
        <source>Card limit exceeded</source>
        <translation>Kartenlimit überschritten</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>The customer should call their bank or use another card.</source>
        <translation>Der Kunde sollte seine Bank anrufen oder eine andere Karte verwenden.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Card does not support this currency</source>
        <translation>Karte unterstützt diese Währung nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declined by the bank for good</source>
        <translation>Von der Bank endgültig abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Do not try this card again; ask for another one.</source>
        <translation>Versuchen Sie diese Karte nicht erneut; bitten Sie um eine andere.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Duplicate payment</source>
        <translation>Doppelte Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A payment of the same amount was just made: check the order.</source>
        <translation>Eben wurde eine Zahlung über denselben Betrag geleistet: Prüfen Sie die Bestellung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card expired</source>
        <translation>Karte abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected fraud</source>
        <translation>Betrugsverdacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not try again; review the order before taking another payment.</source>
        <translation>Nicht erneut versuchen; prüfen Sie die Bestellung, bevor Sie eine weitere Zahlung annehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incorrect card number</source>
        <translation>Falsche Kartennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Check the card number with the customer.</source>
        <translation>Prüfen Sie die Kartennummer mit dem Kunden.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Incorrect CVC</source>
        <translation>Falscher CVC</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Check the security code with the customer.</source>
        <translation>Prüfen Sie den Sicherheitscode mit dem Kunden.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Incorrect PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Try again with the correct PIN.</source>
        <translation>Versuchen Sie es erneut mit der richtigen PIN.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Incorrect postal code</source>
        <translation>Falsche Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the billing postal code with the customer.</source>
        <translation>Prüfen Sie die Postleitzahl der Rechnungsadresse mit dem Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insufficient funds</source>
        <translation>Deckung nicht ausreichend</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Ask for another card or another way to pay.</source>
        <translation>Bitten Sie um eine andere Karte oder eine andere Zahlungsart.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Card account is invalid</source>
        <translation>Kartenkonto ist ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount not allowed by the bank</source>
        <translation>Betrag von der Bank nicht zugelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid CVC</source>
        <translation>Ungültiger CVC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid expiry month</source>
        <translation>Ungültiger Ablaufmonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Check the expiry date with the customer.</source>
        <translation>Prüfen Sie das Ablaufdatum mit dem Kunden.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Invalid expiry year</source>
        <translation>Ungültiges Ablaufjahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid card number</source>
        <translation>Ungültige Kartennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid PIN</source>
        <translation>Ungültige PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank could not be reached</source>
        <translation>Bank nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reported lost</source>
        <translation>Karte als verloren gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by Stripe</source>
        <translation>Von Stripe blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not try this card again.</source>
        <translation>Versuchen Sie diese Karte nicht erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card details out of date</source>
        <translation>Kartendaten veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer for their new card details.</source>
        <translation>Bitten Sie den Kunden um seine neuen Kartendaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment not permitted</source>
        <translation>Zahlung nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>PIN required</source>
        <translation>PIN erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card cannot be used</source>
        <translation>Karte kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many PIN attempts</source>
        <translation>Zu viele PIN-Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing error</source>
        <translation>Verarbeitungsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps failing, try later.</source>
        <translation>Versuchen Sie es erneut; schlägt es weiterhin fehl, versuchen Sie es später.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank asked to try again</source>
        <translation>Bank bittet um erneuten Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the payment again.</source>
        <translation>Versuchen Sie die Zahlung erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card restricted</source>
        <translation>Karte eingeschränkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer stopped all payments</source>
        <translation>Kunde hat alle Zahlungen gestoppt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Ask the customer for another way to pay.</source>
        <translation>Bitten Sie den Kunden um eine andere Zahlungsart.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+8"/>
        <source>Customer stopped this payment</source>
        <translation>Kunde hat diese Zahlung gestoppt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Declined for security reasons</source>
        <translation>Aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Card does not allow this purchase</source>
        <translation>Karte erlaubt diesen Kauf nicht</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Card reported stolen</source>
        <translation>Karte als gestohlen gemeldet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test card used</source>
        <translation>Testkarte verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Stripe test card cannot pay with a live key.</source>
        <translation>Mit einer Stripe-Testkarte kann nicht mit einem Live-Schlüssel bezahlt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank asked to try later</source>
        <translation>Bank bittet um späteren Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card declined</source>
        <translation>Karte abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many declines on this card</source>
        <translation>Zu viele Ablehnungen für diese Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a day before trying this card again, or use another.</source>
        <translation>Warten Sie einen Tag, bevor Sie diese Karte erneut versuchen, oder verwenden Sie eine andere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3-D Secure authentication failed</source>
        <translation>3-D-Secure-Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the customer a new payment link.</source>
        <translation>Senden Sie dem Kunden einen neuen Zahlungslink.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount too small for a card payment</source>
        <translation>Betrag zu klein für eine Kartenzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Take this payment another way.</source>
        <translation>Nehmen Sie diese Zahlung auf anderem Weg an.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Amount too large for a card payment</source>
        <translation>Betrag zu groß für eine Kartenzahlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>DeliveryStates</name>
    <message>
        <location filename="../core/notification/DeliveryState.cpp" line="+40"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as spam</source>
        <translation>Als Spam markiert</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="+110"/>
        <source>Counts must be positive.</source>
        <translation>Anzahlen müssen positiv sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partly shipped (%1 %) and returned (%2 %) shares are from 0 and together at most 100 %.</source>
        <translation>Die Anteile teilweise versendeter (%1 %) und retournierter (%2 %) Bestellungen liegen bei mindestens 0 und zusammen bei höchstens 100 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The exchanged share is part of the returned one: from 0 to %1 %.</source>
        <translation>Der Anteil der Umtausche ist Teil des Anteils der Retouren: von 0 bis %1 %.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data goes only into an empty database; %1 already has data.</source>
        <translation>Demodaten können nur in eine leere Datenbank geschrieben werden; %1 enthält bereits Daten.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Paid by %1</source>
        <translation>Bezahlt per %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card charged</source>
        <translation>Karte belastet</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Demo data: history of %n order(s)</source>
        <translation>
            <numerusform>Demodaten: Verlauf von %n Bestellung</numerusform>
            <numerusform>Demodaten: Verlauf von %n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database %1 is incomplete: its demo data is still being written by another process, or its generation was interrupted. Wait for it to finish, or delete the file and generate it again.</source>
        <translation>Die Datenbank %1 ist unvollständig: Ihre Demodaten werden noch von einem anderen Prozess geschrieben, oder ihre Erzeugung wurde unterbrochen. Warten Sie, bis sie abgeschlossen ist, oder löschen Sie die Datei und erzeugen Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>DemoReturns</name>
    <message>
        <location filename="../core/demo/DemoReturns.cpp" line="+150"/>
        <source>Arrived too late for the occasion</source>
        <translation>Kam zu spät für den Anlass</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside the 30-day return window</source>
        <translation>Außerhalb der 30-tägigen Rückgabefrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item shows signs of use</source>
        <translation>Der Artikel weist Gebrauchsspuren auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel that arrived was empty</source>
        <translation>Das angekommene Paket war leer</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../core/diagnostics/Diagnostics.cpp" line="+43"/>
        <source>The database did not say what time it is.</source>
        <translation>Die Datenbank hat ihre Uhrzeit nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database&apos;s time &quot;%1&quot; is not a time.</source>
        <translation>Die Uhrzeit der Datenbank, „%1“, ist keine gültige Zeitangabe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 of %2: run shipshape-cli migrate (as the schema&apos;s owner on PostgreSQL).</source>
        <translation>Version %1 von %2: Führen Sie shipshape-cli migrate aus (unter PostgreSQL als Eigentümer des Schemas).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 is newer than this build&apos;s %2: install the Shipshape that wrote it.</source>
        <translation>Version %1 ist neuer als die dieses Builds (%2): Installieren Sie die Shipshape-Version, die sie geschrieben hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1, %2.</source>
        <translation>Version %1, %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every applied migration is one this build has, with the same text.</source>
        <translation>Jede angewendete Migration ist in diesem Build mit demselben Text vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine&apos;s clock is %1 s away from the database&apos;s: set both by NTP (holds expire and timelines are ordered by these times).</source>
        <translation>Die Uhr dieses Rechners weicht um %1 s von der der Datenbank ab: Stellen Sie beide per NTP (Reservierungen laufen nach diesen Zeiten ab, und Verläufe werden danach geordnet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within %1 s of the database&apos;s.</source>
        <translation>Höchstens %1 s Abweichung von der Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer emails</source>
        <translation>Kunden-E-Mails</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed: %1. See shipshape-cli outbox list --status failed, then outbox retry.</source>
        <translation>Fehlgeschlagen: %1. Siehe shipshape-cli outbox list --status failed, dann outbox retry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: %1. Is the worker running (shipshape-cli worker, shipshape-worker.service) with a SendGrid key?</source>
        <translation>Wartend: %1. Läuft der Worker (shipshape-cli worker, shipshape-worker.service) mit einem SendGrid-Schlüssel?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting: %1, failed: none.</source>
        <translation>Wartend: %1, fehlgeschlagen: keine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk space</source>
        <translation>Speicherplatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell how much room %1 has.</source>
        <translation>Der freie Speicherplatz von %1 lässt sich nicht ermitteln.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 free, less than %3: make room before the database fills the disk.</source>
        <translation>%1 hat %2 frei, weniger als %3: Schaffen Sie Platz, bevor die Datenbank das Laufwerk füllt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 free in %2.</source>
        <translation>%1 frei in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider keys</source>
        <translation>Anbieterschlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stripe and SendGrid keys found.</source>
        <translation>Schlüssel für Stripe und SendGrid gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store them with shipshape-cli secrets set stripe / sendgrid, or set %1</source>
        <translation>speichern Sie sie mit shipshape-cli secrets set stripe / sendgrid oder setzen Sie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no keychain can be reached here (no D-Bus session): set %1</source>
        <translation>hier ist kein Schlüsselbund erreichbar (keine D-Bus-Sitzung): setzen Sie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: card payments and emails wait without them; %1.</source>
        <translation>Fehlend: Ohne sie warten Kartenzahlungen und E-Mails; %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database file %1: run shipshape-cli migrate to create one, or name the shop&apos;s with --database or SHIPSHAPE_DATABASE.</source>
        <translation>Es gibt keine Datenbankdatei %1: Führen Sie shipshape-cli migrate aus, um eine anzulegen, oder geben Sie die des Shops mit --database oder SHIPSHAPE_DATABASE an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 opens.</source>
        <translation>%1 lässt sich öffnen.</translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <location filename="../core/pricing/Discount.cpp" line="+9"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../core/drafts/DraftService.cpp" line="+55"/>
        <source>&quot;%1&quot; is not a customer ID.</source>
        <translation>„%1“ ist keine Kunden-ID.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 has no product SKU.</source>
        <translation>Position %1 hat keine Produkt-SKU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears more than once; put the whole quantity on one line.</source>
        <translation>%1 kommt mehrfach vor; tragen Sie die gesamte Menge in einer Position ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity of %1 must be between 1 and %2 (got %3).</source>
        <translation>Die Menge von %1 muss zwischen 1 und %2 liegen (erhalten: %3).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A discount&apos;s type is &quot;percent&quot; or &quot;amount&quot; (got &quot;%1&quot;).</source>
        <translation>Der Typ eines Rabatts muss „percent“ oder „amount“ sein (erhalten: „%1“).</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+11"/>
        <location line="+196"/>
        <source>Unknown product SKU &quot;%1&quot;.</source>
        <translation>Unbekannte Produkt-SKU „%1“.</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>This draft no longer exists: it was placed or discarded, perhaps on another desktop.</source>
        <translation>Dieser Entwurf existiert nicht mehr: Er wurde aufgegeben oder verworfen, vielleicht an einem anderen Arbeitsplatz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed this draft at %2; reopen it to see their changes.</source>
        <translation>%1 hat diesen Entwurf um %2 geändert; öffnen Sie ihn erneut, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The number of drafts to list must be between 1 and %1.</source>
        <translation>Die Anzahl der aufzulistenden Entwürfe muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>No draft &quot;%1&quot;.</source>
        <translation>Kein Entwurf „%1“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An order needs at least one line item.</source>
        <translation>Eine Bestellung benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only %1 available</source>
        <translation>Nur %1 verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low stock: %1 available</source>
        <translation>Niedriger Bestand: %1 verfügbar</translation>
    </message>
</context>
<context>
    <name>EmailComposer</name>
    <message>
        <location filename="../core/notification/EmailComposer.cpp" line="+75"/>
        <source>We received your order #%1</source>
        <translation>Wir haben Ihre Bestellung #%1 erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your order</source>
        <translation>Vielen Dank für Ihre Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have received your order #%1 and are getting it ready.</source>
        <translation>Wir haben Ihre Bestellung #%1 erhalten und bereiten sie vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 is confirmed</source>
        <translation>Ihre Bestellung #%1 ist bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order is confirmed</source>
        <translation>Ihre Bestellung ist bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have received your payment for order #%1. We will let you know when it ships.</source>
        <translation>Wir haben Ihre Zahlung für die Bestellung #%1 erhalten. Wir informieren Sie, sobald sie versendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 is on its way</source>
        <translation>Ihre Bestellung #%1 ist unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order is on its way</source>
        <translation>Ihre Bestellung ist unterwegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of order #%1 has left our warehouse; we will send the rest separately.</source>
        <translation>Ein Teil Ihrer Bestellung #%1 hat unser Lager verlassen; den Rest senden wir separat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 has left our warehouse.</source>
        <translation>Die Bestellung #%1 hat unser Lager verlassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 has been delivered</source>
        <translation>Ihre Bestellung #%1 wurde zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order has been delivered</source>
        <translation>Ihre Bestellung wurde zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parcel of order #%1 (tracking number %2) has been delivered.</source>
        <translation>Ein Paket Ihrer Bestellung #%1 (Sendungsnummer %2) wurde zugestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 has been delivered. We hope you enjoy it.</source>
        <translation>Die Bestellung #%1 wurde zugestellt. Wir wünschen Ihnen viel Freude damit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 has been cancelled</source>
        <translation>Ihre Bestellung #%1 wurde storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order has been cancelled</source>
        <translation>Ihre Bestellung wurde storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 has been cancelled. As agreed, the %2 you paid is kept as credit for your next order.</source>
        <translation>Die Bestellung #%1 wurde storniert. Wie vereinbart, wird der von Ihnen bezahlte Betrag von %2 als Guthaben für Ihre nächste Bestellung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1 has been cancelled. Nothing was charged.</source>
        <translation>Die Bestellung #%1 wurde storniert. Es wurde nichts belastet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 has been cancelled. Any payment you made will be refunded.</source>
        <translation>Die Bestellung #%1 wurde storniert. Bereits geleistete Zahlungen werden erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your refund for order #%1</source>
        <translation>Ihre Erstattung für Bestellung #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have refunded you</source>
        <translation>Wir haben Ihnen einen Betrag erstattet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have issued a refund for order #%1. It may take a few days to reach your account.</source>
        <translation>Wir haben eine Erstattung für die Bestellung #%1 veranlasst. Es kann einige Tage dauern, bis der Betrag auf Ihrem Konto eingeht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded amount:</source>
        <translation>Erstatteter Betrag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded by:</source>
        <translation>Erstattet per:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your return for order #%1</source>
        <translation>Ihre Retoure zur Bestellung #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have opened your return</source>
        <translation>Wir haben Ihre Retoure angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have opened return %1 for the items below from order #%2. Please send them back to us; we will let you know when they arrive.</source>
        <translation>Wir haben die Retoure %1 für die unten aufgeführten Artikel aus Ihrer Bestellung #%2 angelegt. Bitte senden Sie sie an uns zurück; wir informieren Sie, sobald sie eingetroffen sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We received your return for order #%1</source>
        <translation>Wir haben Ihre Retoure zur Bestellung #%1 erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your return has arrived</source>
        <translation>Ihre Retoure ist eingetroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2 has arrived at our warehouse. We will let you know when your refund is on its way.</source>
        <translation>Die Retoure %1 Ihrer Bestellung #%2 ist in unserem Lager eingetroffen. Wir informieren Sie, sobald Ihre Erstattung unterwegs ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your exchange for order #%1</source>
        <translation>Ihr Umtausch zur Bestellung #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are sending a replacement</source>
        <translation>Wir senden Ihnen Ersatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2 is exchanged: replacement order #%3 is on its way to you.</source>
        <translation>Die Retoure %1 Ihrer Bestellung #%2 wurde umgetauscht: Die Ersatzbestellung #%3 ist unterwegs zu Ihnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The replacement costs more than what you send back: %1 is left to pay on order #%2.</source>
        <translation>Der Ersatz kostet mehr als die zurückgesendete Ware: Für die Bestellung #%2 sind noch %1 zu bezahlen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replacement costs less than what you send back: we owe you %1, which we will refund.</source>
        <translation>Der Ersatz kostet weniger als die zurückgesendete Ware: Wir schulden Ihnen %1 und erstatten Ihnen den Betrag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay for your order #%1</source>
        <translation>Bezahlen Sie Ihre Bestellung #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your payment link</source>
        <translation>Ihr Zahlungslink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To complete order #%1, please pay %2 by card through the secure link below. We hold your items until then.</source>
        <translation>Um die Bestellung #%1 abzuschließen, bezahlen Sie bitte %2 per Karte über den sicheren Link unten. Bis dahin reservieren wir Ihre Artikel für Sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay now</source>
        <translation>Jetzt bezahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the button does not work, copy this address into your browser:</source>
        <translation>Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link is valid until %1 (UTC).</source>
        <translation>Der Link ist bis %1 (UTC) gültig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You receive this email because you placed an order with %1.</source>
        <translation>Sie erhalten diese E-Mail, weil Sie bei %1 eine Bestellung aufgegeben haben.</translation>
    </message>
</context>
<context>
    <name>FulfillmentStates</name>
    <message>
        <location filename="../core/orders/FulfillmentState.cpp" line="+43"/>
        <source>Unfulfilled</source>
        <translation>Nicht versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially shipped</source>
        <translation>Teilweise versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially delivered</source>
        <translation>Teilweise zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <location filename="../core/inventory/Gtin.cpp" line="+29"/>
        <source>%1 &quot;%2&quot; is not a GTIN: 8, 12, 13 or 14 digits (GTIN-8, UPC-A, EAN-13, GTIN-14).</source>
        <translation>%1 „%2“ ist keine GTIN: 8, 12, 13 oder 14 Ziffern (GTIN-8, UPC-A, EAN-13, GTIN-14).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; has the wrong check digit: %3 expected, %4 found.</source>
        <translation>%1 „%2“ hat die falsche Prüfziffer: %3 erwartet, %4 gefunden.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+29"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must use https (plain http is allowed only to this computer).</source>
        <translation>„%1“ muss https verwenden (einfaches http ist nur für diesen Computer zulässig).</translation>
    </message>
</context>
<context>
    <name>IdempotencyKeys</name>
    <message>
        <location filename="../core/api/IdempotencyKeys.cpp" line="+15"/>
        <source>The Idempotency-Key header must be 1 to %1 characters.</source>
        <translation>Der Header Idempotency-Key muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The database was busy with a concurrent change; try again.</source>
        <translation>Die Datenbank war mit einer gleichzeitigen Änderung beschäftigt; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>InventoryRepository</name>
    <message>
        <location filename="../core/inventory/InventoryRepository.cpp" line="+196"/>
        <location line="+16"/>
        <location line="+42"/>
        <location line="+26"/>
        <location line="+33"/>
        <location line="+28"/>
        <source>Unknown product SKU &quot;%1&quot;.</source>
        <translation>Unbekannte Produkt-SKU „%1“.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Not enough stock of %1 to reserve %2.</source>
        <translation>Nicht genügend Bestand von %1, um %2 zu reservieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot release %2 of %1: less is reserved.</source>
        <translation>%2 von %1 können nicht freigegeben werden: Es ist weniger reserviert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot ship %2 of %1: less is reserved.</source>
        <translation>%2 von %1 können nicht versendet werden: Es ist weniger reserviert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replenishment of %1 must be positive.</source>
        <translation>Der Wareneingang von %1 muss positiv sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changing the stock of %1 by %2 would leave less on hand than open orders reserve.</source>
        <translation>Den Bestand von %1 um %2 zu ändern ließe weniger Bestand, als offene Bestellungen reservieren.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot set the stock of %1 to %2: %3 are reserved for open orders.</source>
        <translation>Der Bestand von %1 kann nicht auf %2 gesetzt werden: %3 sind für offene Bestellungen reserviert.</translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <location filename="../core/inventory/InventoryService.cpp" line="+42"/>
        <source>&quot;%1&quot; is not a valid SKU (letters, digits, . _ -, at most 64).</source>
        <translation>„%1“ ist keine gültige SKU (Buchstaben, Ziffern, . _ -, höchstens 64).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock must be between 0 and %1.</source>
        <translation>Der Bestand muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The low-stock threshold must be between 0 and %1.</source>
        <translation>Die Schwelle für niedrigen Bestand muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Barcode %1 is already the barcode of %2.</source>
        <translation>Der Barcode %1 ist bereits der Barcode von %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A product with SKU %1 already exists.</source>
        <translation>Ein Produkt mit der SKU %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Stock on hand must be between 0 and %1 (got %2).</source>
        <translation>Der Lagerbestand muss zwischen 0 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The low-stock threshold must be between 0 and %1 (got %2).</source>
        <translation>Die Schwelle für niedrigen Bestand muss zwischen 0 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The limit must be between 1 and 100000.</source>
        <translation>Das Limit muss zwischen 1 und 100000 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offset cannot be negative.</source>
        <translation>Der Offset darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a stock level: enter a whole number between 0 and %2.</source>
        <translation>„%1“ ist kein Bestand: Geben Sie eine ganze Zahl zwischen 0 und %2 ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a low-stock threshold: enter a whole number between 0 and %2.</source>
        <translation>„%1“ ist keine Schwelle für niedrigen Bestand: Geben Sie eine ganze Zahl zwischen 0 und %2 ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A stock correction needs a reason.</source>
        <translation>Eine Bestandskorrektur erfordert einen Grund.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A replenishment must be between 1 and %1 (got %2).</source>
        <translation>Ein Wareneingang muss zwischen 1 und %1 liegen (erhalten: %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stock would exceed %1.</source>
        <translation>Der Bestand würde %1 überschreiten.</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+168"/>
        <source>Unknown product SKU &quot;%1&quot;.</source>
        <translation>Unbekannte Produkt-SKU „%1“.</translation>
    </message>
</context>
<context>
    <name>JsonNumberText</name>
    <message>
        <location filename="../core/common/JsonNumberText.cpp" line="+156"/>
        <location line="+20"/>
        <source>%1 is given twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <source>Revenue (net of refunds)</source>
        <translation type="vanished">Umsatz (abzüglich Erstattungen)</translation>
    </message>
    <message>
        <location filename="../core/dashboard/KpiCatalogue.cpp" line="+24"/>
        <source>Net revenue (without tax)</source>
        <translation>Nettoumsatz (ohne Steuer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders placed</source>
        <translation>Aufgegebene Bestellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders confirmed</source>
        <translation>Bestätigte Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders cancelled</source>
        <translation>Stornierte Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement attempts</source>
        <translation>Bestellversuche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order success rate</source>
        <translation>Erfolgsquote Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement time, median</source>
        <translation>Dauer der Bestellaufgabe, Median</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placement time, 95th percentile</source>
        <translation>Dauer der Bestellaufgabe, 95. Perzentil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card payments started</source>
        <translation>Begonnene Kartenzahlungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card payments failed</source>
        <translation>Fehlgeschlagene Kartenzahlungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card payment failure rate</source>
        <translation>Fehlerquote Kartenzahlungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails sent</source>
        <translation>Gesendete E-Mails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emails failed</source>
        <translation>Fehlgeschlagene E-Mails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emails waiting</source>
        <translation>Wartende E-Mails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units returned</source>
        <translation>Retournierte Einheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API requests</source>
        <translation>API-Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API error rate</source>
        <translation>API-Fehlerquote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders through the API</source>
        <translation>Bestellungen über die API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API orders in the busiest hour</source>
        <translation>API-Bestellungen, Spitzenstunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API response time, 95th percentile</source>
        <translation>API-Antwortzeit, 95. Perzentil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders waiting to ship</source>
        <translation>Zu versendende Bestellungen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (target %2)</source>
        <translation>%1 (Ziel %2)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (now)</source>
        <translation>%1 (aktuell)</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../ui/models/KpiFormat.cpp" line="+34"/>
        <location line="+64"/>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+10"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 min</source>
        <translation>%L1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 h %2 min</source>
        <translation>%L1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 d %2 h</source>
        <translation>%L1 T. %2 h</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
</context>
<context>
    <name>ManualRefunds</name>
    <message>
        <location filename="../core/payment/ManualRefunds.cpp" line="+17"/>
        <source>Record a refund made by bank transfer, cash or another way; card refunds go through Stripe.</source>
        <translation>Erfassen Sie eine per Banküberweisung, bar oder auf anderem Weg geleistete Erstattung; Kartenerstattungen laufen über Stripe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>A refund must be a positive amount.</source>
        <translation>Eine Erstattung muss ein positiver Betrag sein.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Order %1 was paid by card: card payments are refunded through Stripe.</source>
        <translation>Die Bestellung %1 wurde per Karte bezahlt: Kartenzahlungen werden über Stripe erstattet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is in %2.</source>
        <translation>Die Bestellung %1 ist in %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has nothing left to refund.</source>
        <translation>Für die Bestellung %1 ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot refund %1 on order %2: only %3 was paid and not yet refunded.</source>
        <translation>%1 kann für die Bestellung %2 nicht erstattet werden: Nur %3 wurde bezahlt und noch nicht erstattet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, reference %2</source>
        <translation>%1, Referenz %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MigrationFile</name>
    <message>
        <location filename="../core/storage/MigrationFile.cpp" line="+14"/>
        <source>The migration %1 is malformed: %2</source>
        <translation>Die Migration %1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no &quot;-- name:&quot; line</source>
        <translation>keine Zeile „-- name:“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an empty name</source>
        <translation>ein leerer Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it needs a &quot;-- migrate:up&quot; section followed by a &quot;-- migrate:down&quot; section</source>
        <translation>sie benötigt einen Abschnitt „-- migrate:up“, gefolgt von einem Abschnitt „-- migrate:down“</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+88"/>
        <source>The database %1 has schema version %2, but this Shipshape understands only up to version %3. Install a newer Shipshape to open it.</source>
        <translation>Die Datenbank %1 hat die Schemaversion %2, diese Shipshape-Version unterstützt jedoch nur bis Version %3. Installieren Sie eine neuere Shipshape-Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 records a schema migration %2 that this Shipshape does not know.</source>
        <translation>Die Datenbank %1 verzeichnet eine Schemamigration %2, die diese Shipshape-Version nicht kennt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database %1 received a different migration %2 (%3) than this Shipshape has: its schema was changed by another build. Restore a backup, or open it with the build that migrated it.</source>
        <translation>Die Datenbank %1 hat eine andere Migration %2 (%3) erhalten, als diese Shipshape-Version enthält: Ihr Schema wurde von einem anderen Build geändert. Stellen Sie eine Sicherung wieder her oder öffnen Sie sie mit dem Build, der sie migriert hat.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database %1 records schema version %2 but lacks migration %3 (%4). Restore a backup made before it was opened by that build, or recreate the database.</source>
        <translation>Die Datenbank %1 verzeichnet die Schemaversion %2, ihr fehlt aber die Migration %3 (%4). Stellen Sie eine Sicherung wieder her, die erstellt wurde, bevor dieser Build sie geöffnet hat, oder legen Sie die Datenbank neu an.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Schema version %1 does not exist (this Shipshape knows 0 to %2).</source>
        <translation>Die Schemaversion %1 existiert nicht (diese Shipshape-Version kennt 0 bis %2).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not attach the replica change log to new tables: %1</source>
        <translation>Das Änderungsprotokoll für Replikate konnte nicht an neue Tabellen angebunden werden: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Could not back up the database before migrating: %1</source>
        <translation>Die Datenbank konnte vor der Migration nicht gesichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/common/Money.cpp" line="+15"/>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beträge in %1 und %2 können nicht kombiniert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No currency given for amount &quot;%1&quot;.</source>
        <translation>Keine Währung für den Betrag „%1“ angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: an amount is required.</source>
        <translation>%1: Ein Betrag ist erforderlich.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; is not a decimal amount (use digits and a decimal point or comma, e.g. 29.99).</source>
        <translation>%1: „%2“ ist kein Dezimalbetrag (verwenden Sie Ziffern und einen Dezimalpunkt oder ein Komma, z. B. 29.99).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a decimal amount (use digits and a point, e.g. 29.99).</source>
        <translation type="vanished">%1: „%2“ ist kein Dezimalbetrag (Ziffern und einen Punkt verwenden, z. B. 29.99).</translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1: &quot;%2&quot; has more than %n decimal place(s), which %3 does not allow.</source>
        <translation>
            <numerusform>%1: „%2“ hat mehr als %n Dezimalstelle, was %3 nicht zulässt.</numerusform>
            <numerusform>%1: „%2“ hat mehr als %n Dezimalstellen, was %3 nicht zulässt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>%1: &quot;%2&quot; is too large.</source>
        <translation>%1: „%2“ ist zu groß.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: &quot;%2&quot; ends with a decimal point.</source>
        <translation>%1: „%2“ endet mit einem Dezimalpunkt.</translation>
    </message>
</context>
<context>
    <name>NotificationEvents</name>
    <message>
        <location filename="../core/notification/NotificationEvent.cpp" line="+38"/>
        <source>Order placed</source>
        <translation>Bestellung aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment received</source>
        <translation>Zahlung eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return opened</source>
        <translation>Retoure angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return received</source>
        <translation>Retoure eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return exchanged</source>
        <translation>Retoure umgetauscht</translation>
    </message>
</context>
<context>
    <name>NotificationOutbox</name>
    <message>
        <location filename="../core/notification/NotificationOutbox.cpp" line="+121"/>
        <source>Email &apos;%1&apos; delivered</source>
        <translation>E-Mail &apos;%1&apos; zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos; bounced</source>
        <translation>E-Mail &apos;%1&apos; unzustellbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos; dropped by SendGrid</source>
        <translation>E-Mail &apos;%1&apos; von SendGrid verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos; marked as spam by the recipient</source>
        <translation>E-Mail &apos;%1&apos; vom Empfänger als Spam markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos;</source>
        <translation>E-Mail &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The email could not be rendered: %1</source>
        <translation>Die E-Mail konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The page size must be 1 to 10000.</source>
        <translation>Die Seitengröße muss 1 bis 10000 betragen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Email %1 is already waiting to be sent; it goes out at the next opportunity.</source>
        <translation>E-Mail %1 wartet bereits auf den Versand; sie wird bei nächster Gelegenheit gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email %1 is being sent right now; wait for the provider&apos;s answer.</source>
        <translation>E-Mail %1 wird gerade gesendet; warten Sie auf die Antwort des Anbieters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email %1 was already sent; send a fresh copy instead if the customer needs it again.</source>
        <translation>E-Mail %1 wurde bereits gesendet; senden Sie stattdessen eine neue Kopie, falls der Kunde sie noch einmal braucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email %1 changed while it was being retried; look at it again.</source>
        <translation>E-Mail %1 hat sich während des erneuten Versuchs geändert; sehen Sie sie sich noch einmal an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+34"/>
        <source>No email %1 in the outbox.</source>
        <translation>Keine E-Mail %1 im Postausgang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email %1 is %2; only a sent email can be sent again.</source>
        <translation>E-Mail %1 hat den Status %2; nur eine gesendete E-Mail kann erneut gesendet werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No order %1.</source>
        <translation>Keine Bestellung %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order %1 has no email to send again.</source>
        <translation>Die Bestellung %1 hat keine E-Mail zum erneuten Senden.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OfflineDraftHandover</name>
    <message>
        <location filename="../core/drafts/OfflineDraftHandover.cpp" line="+42"/>
        <source>%1: no longer in the catalogue; the line is left out</source>
        <translation>%1: nicht mehr im Katalog; die Position entfällt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 then, %3 now</source>
        <translation>%1: damals %2, jetzt %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 wanted, %3 available</source>
        <translation>%1: %2 gewünscht, %3 verfügbar</translation>
    </message>
</context>
<context>
    <name>OfflineDraftStore</name>
    <message>
        <location filename="../core/drafts/OfflineDraftStore.cpp" line="+97"/>
        <source>The file is not a JSON object.</source>
        <translation>Die Datei ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is of format %1; this Shipshape reads format %2.</source>
        <translation>Die Datei hat das Format %1; diese Shipshape-Version liest Format %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file names no draft UUID.</source>
        <translation>Die Datei nennt keine Entwurfs-UUID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A line has no product or no quantity.</source>
        <translation>Eine Position hat kein Produkt oder keine Menge.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file names no known payment method.</source>
        <translation>Die Datei nennt keine bekannte Zahlungsart.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file names no server draft UUID.</source>
        <translation>Die Datei nennt keine UUID eines Server-Entwurfs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+46"/>
        <source>An offline draft is named by a UUID.</source>
        <translation>Ein Offline-Entwurf wird durch eine UUID bezeichnet.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Cannot create the folder %1 for orders typed offline.</source>
        <translation>Der Ordner %1 für offline erfasste Bestellungen kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order typed offline could not be kept in %1: %2</source>
        <translation>Die offline erfasste Bestellung konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No order typed offline is kept as %1.</source>
        <translation>Unter %1 ist keine offline erfasste Bestellung gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an order typed offline: %2</source>
        <translation>%1 ist keine offline erfasste Bestellung: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 names another draft.</source>
        <translation>%1 nennt einen anderen Entwurf.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../core/orders/Order.cpp" line="+12"/>
        <source>An order needs at least one line item.</source>
        <translation>Eine Bestellung benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Order %1: total %2 differs from what its lines, discounts, shipping and tax come to (%3).</source>
        <translation>Bestellung %1: Die Gesamtsumme %2 weicht von der Summe aus Positionen, Rabatten, Versand und Steuer (%3) ab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1: line %2 has a wrong total, discount or tax.</source>
        <translation>Bestellung %1: Position %2 hat eine falsche Summe, einen falschen Rabatt oder eine falsche Steuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1: discount %2 has a wrong amount.</source>
        <translation>Bestellung %1: Rabatt %2 hat einen falschen Betrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: line %2 has %3 shipped of %4.</source>
        <translation>Bestellung %1: Position %2 hat %3 von %4 versendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 replaces return %2, whose credit of %3 pays for it: its total %4 cannot be less.</source>
        <translation>Die Bestellung %1 ersetzt die Retoure %2, deren Guthaben von %3 sie bezahlt: Ihre Gesamtsumme %4 darf nicht niedriger sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is %2 with %3 of its units shipped.</source>
        <translation>Bestellung %1 ist %2, aber %3 ihrer Einheiten sind versendet.</translation>
    </message>
    <message>
        <source>Quantity must be positive (got %1 for %2).</source>
        <translation type="vanished">Die Menge muss positiv sein (erhalten: %1 für %2).</translation>
    </message>
    <message>
        <source>Order %1: total %2 differs from the sum of its lines %3.</source>
        <translation type="vanished">Bestellung %1: Die Summe %2 weicht von der Summe ihrer Positionen %3 ab.</translation>
    </message>
    <message>
        <source>Order %1: line %2 has a wrong line total.</source>
        <translation type="vanished">Bestellung %1: Position %2 hat eine falsche Positionssumme.</translation>
    </message>
</context>
<context>
    <name>OrderApi</name>
    <message>
        <location filename="../app/api/OrderApi.cpp" line="+49"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keine Bestellung %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 cannot be set through the Order API; the shop sets them.</source>
        <translation>%1 kann nicht über die Bestell-API gesetzt werden; das legt der Shop fest.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A customer token places orders for its own customer only.</source>
        <translation>Ein Kunden-Token gibt nur Bestellungen für den eigenen Kunden auf.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no customer %1.</source>
        <translation>Es gibt keinen Kunden %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customerId must be a customer ID (a UUID).</source>
        <translation>customerId muss eine Kunden-ID (eine UUID) sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>status must be pending, confirmed, shipped, delivered or cancelled.</source>
        <translation>status muss pending, confirmed, shipped, delivered oder cancelled sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cursor must be a nextCursor this API gave.</source>
        <translation>cursor muss ein nextCursor-Wert sein, den diese API geliefert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The request must be a JSON object such as {&quot;reason&quot;: &quot;…&quot;}.</source>
        <translation>Die Anfrage muss ein JSON-Objekt wie {&quot;reason&quot;: &quot;…&quot;} sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason must be a string.</source>
        <translation>reason muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no product %1.</source>
        <translation>Es gibt kein Produkt %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown endpoint.</source>
        <translation>Unbekannter Endpunkt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not allowed here; use %2.</source>
        <translation>%1 ist hier nicht erlaubt; verwenden Sie %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is nothing at %1.</source>
        <translation>Unter %1 gibt es nichts.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This Idempotency-Key was used with a different request; use a new key for a new request.</source>
        <translation>Dieser Idempotency-Key wurde mit einer anderen Anfrage verwendet; verwenden Sie für eine neue Anfrage einen neuen Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A request with this Idempotency-Key is still running; retry in a moment.</source>
        <translation>Eine Anfrage mit diesem Idempotency-Key läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Something went wrong on the server; it has been logged.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten; er wurde protokolliert.</translation>
    </message>
</context>
<context>
    <name>OrderCancellation</name>
    <message>
        <location filename="../core/orders/OrderCancellation.cpp" line="+17"/>
        <source>Order %1 has already shipped %2 of its %3 units and cannot be cancelled as a whole: cancel the unshipped lines instead (cancel-lines).</source>
        <translation>Die Bestellung %1 hat bereits %2 ihrer %3 Einheiten versendet und kann nicht als Ganzes storniert werden: Stornieren Sie stattdessen die nicht versendeten Positionen (cancel-lines).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancel</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Order %1 was paid by %2, which Shipshape cannot send back: record the refund you made outside Shipshape, keep the money as credit, or decide later.</source>
        <translation>Die Bestellung %1 wurde per %2 bezahlt, was Shipshape nicht zurückzahlen kann: Erfassen Sie die außerhalb von Shipshape geleistete Erstattung, behalten Sie das Geld als Guthaben oder entscheiden Sie später.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 was paid by card: its money goes back to the card through Stripe (refund), or is kept as credit.</source>
        <translation>Die Bestellung %1 wurde per Karte bezahlt: Ihr Geld geht über Stripe auf die Karte zurück (Erstattung) oder wird als Guthaben behalten.</translation>
    </message>
</context>
<context>
    <name>OrderChanges</name>
    <message>
        <location filename="../core/orders/OrderChanges.cpp" line="+51"/>
        <source>Cannot %1 order %2: it is %3.</source>
        <translation>Die Bestellung %2 kann nicht %1 werden (Status: %3).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order %1 is being changed by another client.</source>
        <translation>Die Bestellung %1 wird gerade von einem anderen Client geändert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No order %1.</source>
        <translation>Keine Bestellung %1.</translation>
    </message>
</context>
<context>
    <name>OrderDocumentWriter</name>
    <message>
        <location filename="../ui/printing/OrderDocumentWriter.cpp" line="+83"/>
        <source>Packing slip — order #%1</source>
        <translation>Lieferschein — Bestellung #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placed %1</source>
        <translation>Aufgegeben %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier: %1 · Tracking: %2</source>
        <translation>Versanddienstleister: %1 · Sendungsnummer: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invoice — order #%1</source>
        <translation>Rechnung — Bestellung #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date %1</source>
        <translation>Datum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill to</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 (%2)</source>
        <translation>Rabatt %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. %1 %2 % of %3</source>
        <translation>inkl. %1 %2 % auf %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2 % of %3</source>
        <translation>%1 %2 % auf %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipping method: %1</source>
        <translation>Versandart: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as credit</source>
        <translation>Als Guthaben behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund owed</source>
        <translation>Offene Erstattung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment: %1 (%2)</source>
        <translation>Zahlung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No orders to print.</source>
        <translation>Keine Bestellungen zum Drucken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packing slips</source>
        <translation>Lieferscheine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice #%1</source>
        <translation>Rechnung #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OrderEdits</name>
    <message>
        <source>Nothing to modify: give items, discounts, shipping or a shipping address.</source>
        <translation type="vanished">Nichts zu ändern: Geben Sie Positionen, Rabatte, Versand oder eine Lieferadresse an.</translation>
    </message>
    <message>
        <source>Nothing to modify: give items, prices, discounts, shipping or a shipping address.</source>
        <translation type="vanished">Nichts zu ändern: Geben Sie Positionen, Preise, Rabatte, Versand oder eine Lieferadresse an.</translation>
    </message>
    <message>
        <location filename="../core/orders/OrderEdits.cpp" line="+33"/>
        <source>%1 is not on order %2, so it cannot be removed.</source>
        <translation>%1 ist nicht in Bestellung %2 und kann daher nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A quantity must be a whole number from 0 (removes the line) to %1 (got %2).</source>
        <translation>Eine Menge muss eine ganze Zahl von 0 (entfernt die Position) bis %1 sein (erhalten: %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not on order %2: add it with &quot;add&quot; instead.</source>
        <translation>%1 ist nicht in Bestellung %2: Fügen Sie die SKU stattdessen mit &quot;add&quot; hinzu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 would have no lines left; cancel it instead.</source>
        <translation>Die Bestellung %1 hätte keine Positionen mehr; stornieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to modify: give lines to add, remove or change, prices, discounts, shipping or a shipping address.</source>
        <translation>Nichts zu ändern: Geben Sie hinzuzufügende, zu entfernende oder zu ändernde Positionen, Preise, Rabatte, Versand oder eine Lieferadresse an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either the complete new set of lines (items) or the changes to them (add, remove, quantities), not both.</source>
        <translation>Geben Sie entweder die vollständige neue Liste der Positionen (items) oder deren Änderungen (add, remove, quantities) an, nicht beides.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A price set by hand needs a reason: say why in the note (&quot;reason&quot; in a JSON request).</source>
        <translation>Ein von Hand gesetzter Preis braucht einen Grund: Nennen Sie ihn in der Notiz (&quot;reason&quot; in einer JSON-Anfrage).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is %2 and can no longer be modified.</source>
        <translation>Die Bestellung %1 hat den Status %2 und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is priced in %2, but order %3 is in %4.</source>
        <translation>%1 ist in %2 ausgepreist, die Bestellung %3 jedoch in %4.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 are already shipped; the line cannot hold fewer.</source>
        <translation>%1 von %2 sind bereits versendet; die Position kann nicht weniger enthalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 are already shipped; the line cannot be removed.</source>
        <translation>%1 von %2 sind bereits versendet; die Position kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A unit price cannot be negative (got %1).</source>
        <translation>Ein Stückpreis darf nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not on order %2.</source>
        <translation>%1 ist nicht in Bestellung %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The request does not change order %1.</source>
        <translation>Die Anfrage ändert die Bestellung %1 nicht.</translation>
    </message>
</context>
<context>
    <name>OrderExchanges</name>
    <message>
        <location filename="../core/orders/OrderExchanges.cpp" line="+60"/>
        <source>A replacement is not charged when it is placed: what is left to pay after the returned goods&apos; credit goes through a payment link. Give no token.</source>
        <translation>Eine Ersatzbestellung wird beim Aufgeben nicht belastet: Was nach Anrechnung des Guthabens der retournierten Ware noch zu bezahlen ist, läuft über einen Zahlungslink. Geben Sie kein Token an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An exchange happens once per return; it takes no idempotency key.</source>
        <translation>Ein Umtausch erfolgt einmal pro Retoure; er nimmt keinen Idempotenzschlüssel an.</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>No return %1.</source>
        <translation>Keine Retoure %1.</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Return %1 was already exchanged for order %2.</source>
        <translation>Die Retoure %1 wurde bereits gegen die Bestellung %2 umgetauscht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return %1 was rejected: there is nothing to exchange.</source>
        <translation>Die Retoure %1 wurde abgelehnt: Es gibt nichts umzutauschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return %1 was refunded: its value went back to the customer and cannot pay for a replacement.</source>
        <translation>Die Retoure %1 wurde erstattet: Ihr Wert ging an den Kunden zurück und kann keine Ersatzbestellung bezahlen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+39"/>
        <source>Order %1 is in %2; its replacement must be too.</source>
        <translation>Die Bestellung %1 lautet auf %2; ihre Ersatzbestellung muss ebenfalls darauf lauten.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exchanged on return %1 for order %2</source>
        <translation>Retoure %1 gegen Bestellung %2 umgetauscht</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoExchanges.cpp" line="+98"/>
        <location filename="../core/orders/OrderExchanges.cpp" line="+14"/>
        <source>Replacement for return %1 of order %2</source>
        <translation>Ersatz für Retoure %1 der Bestellung %2</translation>
    </message>
    <message>
        <location filename="../core/orders/OrderExchanges.cpp" line="+4"/>
        <source>confirm</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoExchanges.cpp" line="+10"/>
        <location filename="../core/orders/OrderExchanges.cpp" line="+6"/>
        <source>Paid by the credit of return %1</source>
        <translation>Bezahlt mit dem Guthaben der Retoure %1</translation>
    </message>
</context>
<context>
    <name>OrderFulfillment</name>
    <message>
        <location filename="../core/orders/OrderFulfillment.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a line: give SKU:QUANTITY, for example MUG-1:2.</source>
        <translation>„%1“ ist keine Position: Geben Sie SKU:MENGE an, zum Beispiel MUG-1:2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line %1: a quantity to %2 must be from 1 to %3.</source>
        <translation>Position %1: Die Menge, die %2 werden soll, muss zwischen 1 und %3 liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %1 is not on order %2.</source>
        <translation>Position %1: %1 ist nicht in der Bestellung %2 enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: order %2 has %3 of %1 left to ship (%4 ordered, %5 shipped); cannot %6 %7.</source>
        <translation>Position %1: Bei der Bestellung %2 sind von %1 noch %3 zu versenden (%4 bestellt, %5 versendet); %7 können nicht %6 werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a tracking number (letters, digits, spaces, . _ / -).</source>
        <translation>„%1“ ist keine Sendungsnummer (Buchstaben, Ziffern, Leerzeichen, . _ / -).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+27"/>
        <location line="+162"/>
        <source>ship</source>
        <translation>versendet</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Order %1 has nothing left to ship.</source>
        <translation>Bei der Bestellung %1 ist nichts mehr zu versenden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Order %1 has no shipment %2.</source>
        <translation>Die Bestellung %1 hat keine Sendung %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipment %1 of order %2 is already delivered.</source>
        <translation>Die Sendung %1 der Bestellung %2 ist bereits zugestellt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <location line="+108"/>
        <source>deliver</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Order %1 has no parcel on its way.</source>
        <translation>Die Bestellung %1 hat kein Paket, das unterwegs ist.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the lines to cancel as SKU:QUANTITY.</source>
        <translation>Geben Sie die zu stornierenden Positionen als SKU:MENGE an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a reason Shipshape gives itself; choose another.</source>
        <translation>„%1“ ist ein Grund, den Shipshape selbst vergibt; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: only a pending or confirmed order has units to cancel.</source>
        <translation>Die Bestellung %1 ist %2: Nur eine offene oder bestätigte Bestellung hat stornierbare Einheiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancel</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That cancels every unit of order %1: cancel the order instead.</source>
        <translation>Damit würden alle Einheiten der Bestellung %1 storniert: Stornieren Sie stattdessen die Bestellung.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Every parcel was already delivered.</source>
        <translation>Jedes Paket wurde bereits zugestellt.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../core/orders/OrderImport.cpp" line="+68"/>
        <source>imported from %1, external id %2</source>
        <translation>importiert aus %1, externe ID %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source names the other system in 1 to %1 characters (got &quot;%2&quot;).</source>
        <translation>Die Quelle benennt das andere System mit 1 bis %1 Zeichen (erhalten: „%2“).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row needs the other system&apos;s order id, at most %1 characters.</source>
        <translation>Jede Zeile benötigt die Bestell-ID des anderen Systems, höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a date and time (2026-12-06T14:30:00Z).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (2026-12-06T14:30:00Z).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An imported order&apos;s payment method is invoice, bank_transfer or cash (it was paid outside Shipshape).</source>
        <translation>Die Zahlungsart einer importierten Bestellung ist invoice, bank_transfer oder cash (sie wurde außerhalb von Shipshape bezahlt).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order %1 has &quot;%2&quot; here but &quot;%3&quot; on row %4.</source>
        <translation>Bestellung %1 hat hier „%2“, in Zeile %4 aber „%3“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every row needs a SKU.</source>
        <translation>Jede Zeile benötigt eine SKU.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown SKU &quot;%1&quot;.</source>
        <translation>Unbekannte SKU „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The quantity is a whole number from 1 to %1.</source>
        <translation>Die Menge ist eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is sold in %2; the order is in %3.</source>
        <translation>%1 wird in %2 verkauft, die Bestellung jedoch in %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is on order %2 twice; put the whole quantity on one row.</source>
        <translation>%1 steht zweimal in Bestellung %2; tragen Sie die gesamte Menge in einer Zeile ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only %1 of %2 are available; the file&apos;s orders up to this row need %3.</source>
        <translation>Nur %1 von %2 sind verfügbar; die Bestellungen der Datei bis zu dieser Zeile benötigen %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already imported as order %1; not placed again.</source>
        <translation>Bereits als Bestellung %1 importiert; nicht erneut aufgegeben.</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The import was cancelled here; %n order(s) before it were placed.</source>
        <translation>
            <numerusform>Der Import wurde hier abgebrochen; %n Bestellung davor wurde aufgegeben.</numerusform>
            <numerusform>Der Import wurde hier abgebrochen; %n Bestellungen davor wurden aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
</context>
<context>
    <name>OrderImportFile</name>
    <message>
        <location filename="../core/orders/OrderImportFile.cpp" line="+73"/>
        <source>Not JSON at character %1: %2.</source>
        <translation>Kein JSON bei Zeichen %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line is one order, a JSON object.</source>
        <translation>Jede Zeile ist eine Bestellung, ein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is a string or a number.</source>
        <translation>„%1“ muss eine Zeichenkette oder eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;shipping_address&quot; is an object (street, city, state, zip, country).</source>
        <translation>„shipping_address“ muss ein Objekt sein (street, city, state, zip, country).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An order needs &quot;lines&quot;, a list of at least one {sku, quantity, unit_price}.</source>
        <translation>Eine Bestellung benötigt „lines“, eine Liste mit mindestens einem {sku, quantity, unit_price}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each line is an object {sku, quantity, unit_price}.</source>
        <translation>Jede Position ist ein Objekt {sku, quantity, unit_price}.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A mapping is field=column (got &quot;%1&quot;).</source>
        <translation>Eine Zuordnung hat die Form Feld=Spalte (erhalten: „%1“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown field &quot;%1&quot; (fields: %2).</source>
        <translation>Unbekanntes Feld „%1“ (Felder: %2).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>At most %1 order lines per file.</source>
        <translation>Höchstens %1 Bestellpositionen pro Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds no orders.</source>
        <translation>Die Datei enthält keine Bestellungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file needs a header row and at least one order line (fields: %1).</source>
        <translation>Die Datei benötigt eine Kopfzeile und mindestens eine Bestellposition (Felder: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most %1 order lines per file (%2 given).</source>
        <translation>Höchstens %1 Bestellpositionen pro Datei (%2 angegeben).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping %1=%2 names a column the file does not have (columns: %3).</source>
        <translation>Die Zuordnung %1=%2 nennt eine Spalte, die die Datei nicht hat (Spalten: %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No column for &quot;%1&quot;: name a column %1 or map one with %1=COLUMN.</source>
        <translation>Keine Spalte für „%1“: Benennen Sie eine Spalte %1 oder ordnen Sie eine mit %1=COLUMN zu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder; die Kopfzeile hat %3.</translation>
    </message>
</context>
<context>
    <name>OrderLifecycle</name>
    <message>
        <location filename="../core/orders/OrderStatus.cpp" line="+74"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>OrderPaymentSummary</name>
    <message>
        <location filename="../ui/views/OrderPaymentSummary.cpp" line="+16"/>
        <source>%1 by %2</source>
        <translation>%1 · Zahlungsart: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipping %1 (%2)</source>
        <translation>Versand %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. tax %1</source>
        <translation>inkl. Steuer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tax %1</source>
        <translation>Steuer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid %1</source>
        <translation>bezahlt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded %1</source>
        <translation>erstattet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept as credit %1</source>
        <translation>als Guthaben behalten %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing is due</source>
        <translation>nichts offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance due %1</source>
        <translation>offener Betrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund owed %1</source>
        <translation>offene Erstattung %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 by %2 on %3</source>
        <translation>Zahlung %1 per %2 am %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment %1 by %2, reference %3, on %4</source>
        <translation>Zahlung %1 per %2, Referenz %3, am %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund %1 by %2 on %3</source>
        <translation>Erstattung %1 per %2 am %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund %1 by %2, reference %3, on %4</source>
        <translation>Erstattung %1 per %2, Referenz %3, am %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payment link for %1 to %2: being created (Stripe has not answered yet)</source>
        <translation>Zahlungslink über %1 an %2: wird angelegt (Stripe hat noch nicht geantwortet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment link for %1 sent to %2, expires %3: not paid yet</source>
        <translation>Zahlungslink über %1 an %2 gesendet, gültig bis %3: noch nicht bezahlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment link for %1: paid</source>
        <translation>Zahlungslink über %1: bezahlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment link for %1: expired</source>
        <translation>Zahlungslink über %1: abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment link for %1 could not be created: %2</source>
        <translation>Zahlungslink über %1 konnte nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>OrderPlacement</name>
    <message>
        <location filename="../core/orders/OrderPlacement.cpp" line="+91"/>
        <source>A payment link is for card payments; choose card as the payment method.</source>
        <translation>Ein Zahlungslink ist für Kartenzahlungen gedacht; wählen Sie Karte als Zahlungsart.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An idempotency key has at most 100 characters.</source>
        <translation>Ein Idempotenzschlüssel hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 order %2 was already imported as order %3.</source>
        <translation>Die Bestellung %2 aus %1 wurde bereits als Bestellung %3 importiert.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&quot;%1&quot; is not a customer ID.</source>
        <translation>„%1“ ist keine Kunden-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown customer &quot;%1&quot;.</source>
        <translation>Unbekannter Kunde „%1“.</translation>
    </message>
</context>
<context>
    <name>OrderPolicy</name>
    <message>
        <location filename="../core/orders/OrderPolicy.cpp" line="+121"/>
        <source>Your login may not record payments.</source>
        <translation>Ihre Anmeldung darf keine Zahlungen erfassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not ship orders.</source>
        <translation>Ihre Anmeldung darf keine Bestellungen versenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not record deliveries.</source>
        <translation>Ihre Anmeldung darf keine Zustellungen erfassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login may not cancel orders.</source>
        <translation>Ihre Anmeldung darf keine Bestellungen stornieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Your login may not refund.</source>
        <translation>Ihre Anmeldung darf nicht erstatten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not settle money.</source>
        <translation>Ihre Anmeldung darf keine Geldbeträge ausgleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not take payments.</source>
        <translation>Ihre Anmeldung darf keine Zahlungen annehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not change orders.</source>
        <translation>Ihre Anmeldung darf keine Bestellungen ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not add notes.</source>
        <translation>Ihre Anmeldung darf keine Notizen hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not send customer emails.</source>
        <translation>Ihre Anmeldung darf keine Kunden-E-Mails senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not do that.</source>
        <translation>Ihre Anmeldung darf das nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1 is paid by card; the card provider confirms its payment.</source>
        <translation>Die Bestellung %1 wird per Karte bezahlt; der Kartenanbieter bestätigt ihre Zahlung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is %2, not waiting for payment.</source>
        <translation>Die Bestellung %1 hat den Status %2 und wartet nicht auf eine Zahlung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2; only a confirmed order ships.</source>
        <translation>Die Bestellung %1 hat den Status %2; nur eine bestätigte Bestellung kann versendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is %2; only a shipped order is delivered.</source>
        <translation>Die Bestellung %1 hat den Status %2; nur eine versendete Bestellung kann zugestellt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 and can no longer be cancelled.</source>
        <translation>Die Bestellung %1 hat den Status %2 und kann nicht mehr storniert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is partly shipped; cancel its unshipped lines instead.</source>
        <translation>Die Bestellung %1 ist teilweise versendet; stornieren Sie stattdessen ihre nicht versendeten Positionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 is %2: only a pending or confirmed order has units to cancel.</source>
        <translation>Die Bestellung %1 ist %2: Nur eine offene oder bestätigte Bestellung hat stornierbare Einheiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has no unshipped unit to cancel.</source>
        <translation>Die Bestellung %1 hat keine nicht versendete Einheit, die storniert werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has a single unit: cancel the order instead.</source>
        <translation>Die Bestellung %1 hat nur eine Einheit: Stornieren Sie stattdessen die Bestellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 was paid by %2: record a refund made outside Shipshape instead.</source>
        <translation>Die Bestellung %1 wurde per %2 bezahlt: Erfassen Sie stattdessen eine außerhalb von Shipshape geleistete Erstattung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has nothing left to refund (refunds in progress count).</source>
        <translation>Für die Bestellung %1 ist nichts mehr zu erstatten (laufende Erstattungen zählen mit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 was paid by card: refund it through the card provider.</source>
        <translation>Die Bestellung %1 wurde per Karte bezahlt: Erstatten Sie sie über den Kartenanbieter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has nothing left to refund.</source>
        <translation>Für die Bestellung %1 ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 owes the customer no refund.</source>
        <translation>Die Bestellung %1 schuldet dem Kunden keine Erstattung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is paid by %2; payment links are for card payments.</source>
        <translation>Die Bestellung %1 wird per %2 bezahlt; Zahlungslinks sind für Kartenzahlungen gedacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: there is nothing to pay by link.</source>
        <translation>Die Bestellung %1 hat den Status %2: Es gibt nichts per Link zu bezahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has nothing left to pay.</source>
        <translation>Für die Bestellung %1 ist nichts mehr zu bezahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has a card payment in progress; wait until it is settled.</source>
        <translation>Für die Bestellung %1 läuft eine Kartenzahlung; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 already has a payment link that can be paid.</source>
        <translation>Die Bestellung %1 hat bereits einen Zahlungslink, der bezahlt werden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 and can no longer be modified.</source>
        <translation>Die Bestellung %1 hat den Status %2 und kann nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>OrderPricing</name>
    <message>
        <location filename="../core/orders/OrderPricing.cpp" line="+54"/>
        <source>An order needs at least one line item.</source>
        <translation>Eine Bestellung benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 has no product SKU.</source>
        <translation>Position %1 hat keine Produkt-SKU.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears more than once; put the whole quantity on one line.</source>
        <translation>%1 kommt mehrfach vor; tragen Sie die gesamte Menge in einer Position ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity of %1 must be between 1 and %2 (got %3).</source>
        <translation>Die Menge von %1 muss zwischen 1 und %2 liegen (erhalten: %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown product SKU &quot;%1&quot;.</source>
        <translation>Unbekannte Produkt-SKU „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The price of %1 cannot be negative (got %2).</source>
        <translation>Der Preis von %1 kann nicht negativ sein (erhalten: %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The price of %1 is %2, not %3: reload the catalogue and try again.</source>
        <translation>Der Preis von %1 beträgt %2, nicht %3: Laden Sie den Katalog neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is priced in %2, but this order is in %3.</source>
        <translation>%1 ist in %2 ausgepreist, diese Bestellung jedoch in %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A discount&apos;s type is &quot;percent&quot; or &quot;amount&quot; (got &quot;%1&quot;).</source>
        <translation>Der Typ eines Rabatts ist „percent“ oder „amount“ (erhalten: „%1“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A discount cannot be negative (got %1).</source>
        <translation>Ein Rabatt kann nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discount %1 needs a code or a reason.</source>
        <translation>Rabatt %1 benötigt einen Code oder einen Grund.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shipping cannot be negative (got %1).</source>
        <translation>Die Versandkosten können nicht negativ sein (erhalten: %1).</translation>
    </message>
</context>
<context>
    <name>OrderQueries</name>
    <message>
        <location filename="../core/orders/OrderQueries.cpp" line="+25"/>
        <source>No order %1.</source>
        <translation>Keine Bestellung %1.</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/orders/OrderRepository.cpp" line="+82"/>
        <source>The order number counter is missing.</source>
        <translation>Der Zähler für Bestellnummern fehlt.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Order %1 was changed by someone else; reload it and try again.</source>
        <translation>Die Bestellung %1 wurde von jemand anderem geändert; laden Sie sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&quot;%1&quot; is neither an order number nor an order UUID.</source>
        <translation>„%1“ ist weder eine Bestellnummer noch eine Bestell-UUID.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No order %1.</source>
        <translation>Keine Bestellung %1.</translation>
    </message>
    <message>
        <location line="+225"/>
        <source>The count limit must not be negative.</source>
        <translation>Die Zählgrenze darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>OrderRequestJson</name>
    <message>
        <location filename="../core/orders/OrderRequestJson.cpp" line="+23"/>
        <source>The request is not valid JSON: %1 at offset %2.</source>
        <translation>Die Anfrage ist kein gültiges JSON: %1 an Offset %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request must be a JSON object.</source>
        <translation>Die Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a string.</source>
        <translation>%1 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shippingAddress must be an object with street, city, state and zip.</source>
        <translation>shippingAddress muss ein Objekt mit street, city, state und zip sein.</translation>
    </message>
    <message>
        <source>items must be a non-empty list of {productId, quantity}.</source>
        <translation type="vanished">items muss eine nicht leere Liste von {productId, quantity} sein.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 must be a non-empty list of {productId, quantity}.</source>
        <translation>%1 muss eine nicht leere Liste von {productId, quantity} sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a whole number from 1 to %2 (got %3).</source>
        <translation>%1 muss eine ganze Zahl von 1 bis %2 sein (erhalten: %3).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.price must be a decimal such as &quot;29.99&quot;.</source>
        <translation>%1.price muss eine Dezimalzahl wie „29.99“ sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must be a decimal such as &quot;4.95&quot;.</source>
        <translation>%1 muss eine Dezimalzahl wie &quot;4.95&quot; sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>discounts must be a list of {type, value, sku?, code? or reason?}.</source>
        <translation>discounts muss eine Liste von {type, value, sku?, code? oder reason?} sein.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>shipping must be an object {method, amount}.</source>
        <translation>shipping muss ein Objekt {method, amount} sein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The phone number must be a string such as &quot;+49 30 1234567&quot;.</source>
        <translation>Die Telefonnummer muss eine Zeichenkette wie „+49 30 1234567“ sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give customerId or customer {name, email}.</source>
        <translation>Geben Sie customerId oder customer {name, email} an.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>paymentMethod must be an object with a type.</source>
        <translation>paymentMethod muss ein Objekt mit einem type sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown payment method &quot;%1&quot;: use invoice, bank_transfer, cash or card.</source>
        <translation>Unbekannte Zahlungsart „%1“: invoice, bank_transfer, cash oder card verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paymentLink must be true or false.</source>
        <translation>paymentLink muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A payment link is for card payments: use &quot;type&quot;: &quot;card&quot;.</source>
        <translation>Ein Zahlungslink ist für Kartenzahlungen gedacht: Verwenden Sie &quot;type&quot;: &quot;card&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment link needs no token: the customer enters their card on Stripe&apos;s page.</source>
        <translation>Ein Zahlungslink benötigt kein Token: Der Kunde gibt seine Karte auf der Seite von Stripe ein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>remove must be a non-empty list of SKUs, e.g. [&quot;SKU-1&quot;].</source>
        <translation>remove muss eine nicht leere Liste von SKUs sein, z. B. [&quot;SKU-1&quot;].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove[%1] must be a SKU.</source>
        <translation>remove[%1] muss eine SKU sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quantities must be an object of SKU to quantity, e.g. {&quot;SKU-1&quot;: 2}.</source>
        <translation>quantities muss ein Objekt von SKU zu Menge sein, z. B. {&quot;SKU-1&quot;: 2}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a whole number from 0 (removes the line) to %2 (got %3).</source>
        <translation>%1 muss eine ganze Zahl von 0 (entfernt die Position) bis %2 sein (erhalten: %3).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prices must be an object of SKU to unit price, e.g. {&quot;SKU-1&quot;: &quot;12.00&quot;}.</source>
        <translation>prices muss ein Objekt von SKU zu Stückpreis sein, z. B. {&quot;SKU-1&quot;: &quot;12.00&quot;}.</translation>
    </message>
</context>
<context>
    <name>OrderReturns</name>
    <message>
        <location filename="../core/orders/OrderReturns.cpp" line="+60"/>
        <source>&quot;%1&quot; is not a return line: give SKU:QUANTITY:REASON, for example MUG-1:1:damaged.</source>
        <translation>„%1“ ist keine Retourenposition: Geben Sie SKU:QUANTITY:REASON an, zum Beispiel MUG-1:1:damaged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: &quot;%2&quot; is not a return reason; use %3.</source>
        <translation>Position %1: „%2“ ist kein Retourengrund; %3 verwenden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the lines to return as SKU:QUANTITY:REASON.</source>
        <translation>Geben Sie die zu retournierenden Positionen als SKU:QUANTITY:REASON an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: a quantity to return must be from 1 to %2.</source>
        <translation>Position %1: Eine Retourenmenge muss zwischen 1 und %2 liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %1 is given twice; give it once with all its units.</source>
        <translation>Position %1: %1 ist doppelt angegeben; geben Sie die Position einmal mit allen Einheiten an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: the reason &quot;other&quot; needs a note saying what is wrong.</source>
        <translation>Position %1: Der Grund „other“ erfordert eine Notiz, was nicht stimmt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1: order %2 has shipped no %1 that could come back.</source>
        <translation>Position %1: Die Bestellung %2 hat keine Einheiten von %1 versendet, die zurückkommen könnten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: order %2 has %3 of %1 that can still be returned (%4 shipped, %5 in other returns); cannot return %6.</source>
        <translation>Position %1: Von %1 kann bei der Bestellung %2 noch %3 retourniert werden (%4 versendet, %5 in anderen Retouren); %6 können nicht retourniert werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Return %1 opened</source>
        <translation>Retoure %1 angelegt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say what arrived: --restock SKU:QUANTITY for units back on the shelf, --write-off SKU:QUANTITY for units that cannot be sold again.</source>
        <translation>Geben Sie an, was eingetroffen ist: --restock SKU:QUANTITY für Einheiten zurück ins Regal, --write-off SKU:QUANTITY für Einheiten, die nicht wieder verkauft werden können.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: a quantity must be from 1 to %2.</source>
        <translation>Position %1: Eine Menge muss zwischen 1 und %2 liegen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+346"/>
        <source>No return %1.</source>
        <translation>Keine Retoure %1.</translation>
    </message>
    <message>
        <source>Return %1 is %2: only a requested return can be received.</source>
        <translation type="vanished">Die Retoure %1 ist %2: Nur für eine angemeldete Retoure kann der Eingang gebucht werden.</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Return %1 was already received in full: every unit it holds is restocked or written off.</source>
        <translation>Die Retoure %1 ist bereits vollständig eingegangen: Jede enthaltene Einheit ist wieder eingelagert oder abgeschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return %1 is %2: only a requested return, or a received one with units still outstanding, can be received.</source>
        <translation>Die Retoure %1 ist %2: Nur für eine angemeldete Retoure oder eine eingegangene mit noch ausstehenden Einheiten kann der Eingang gebucht werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: return %2 holds no %1.</source>
        <translation>Position %1: Die Retoure %2 enthält keine Einheiten von %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: return %2 holds %3 of %1; cannot restock %4 and write off %5.</source>
        <translation>Position %1: Die Retoure %2 enthält %3 von %1; %4 wieder einlagern und %5 abschreiben ist nicht möglich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: return %2 holds %3 of %1, %4 already received; %5 can still be received, cannot restock %6 and write off %7.</source>
        <translation>Position %1: Die Retoure %2 enthält %3 von %1, davon %4 bereits eingegangen; %5 können noch eingehen, %6 wieder einlagern und %7 abschreiben ist nicht möglich.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Return %1 received late: %2 more restocked, %3 more written off</source>
        <translation>Retoure %1 nachträglich eingegangen: %2 weitere wieder eingelagert, %3 weitere abgeschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return %1 received: %2 restocked, %3 written off</source>
        <translation>Retoure %1 eingegangen: %2 wieder eingelagert, %3 abgeschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the return is rejected.</source>
        <translation>Geben Sie an, warum die Retoure abgelehnt wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return %1 was exchanged for order %2: it can no longer be rejected.</source>
        <translation>Die Retoure %1 wurde gegen die Bestellung %2 umgetauscht: Sie kann nicht mehr abgelehnt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return %1 is %2: only a requested return can be rejected.</source>
        <translation>Die Retoure %1 ist %2: Nur eine angemeldete Retoure kann abgelehnt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Return %1 rejected: %2</source>
        <translation>Retoure %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1: order %2 has %3 of %1, and returns would refund %4.</source>
        <translation>Position %1: Die Bestellung %2 enthält %3 von %1, und Retouren würden %4 erstatten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A restocking fee cannot be negative.</source>
        <translation>Eine Wiedereinlagerungsgebühr kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return %1 was already refunded (%2).</source>
        <translation>Die Retoure %1 wurde bereits erstattet (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return %1 was exchanged for order %2: its value paid for the replacement and cannot be refunded as well.</source>
        <translation>Die Retoure %1 wurde gegen die Bestellung %2 umgetauscht: Ihr Wert hat die Ersatzbestellung bezahlt und kann nicht zusätzlich erstattet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return %1 is %2: only a received return can be refunded.</source>
        <translation>Die Retoure %1 ist %2: Nur eine eingegangene Retoure kann erstattet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 is in %2.</source>
        <translation>Die Bestellung %1 lautet auf %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restocking fee %1 is more than the returned goods&apos; %2.</source>
        <translation>Die Wiedereinlagerungsgebühr %1 ist höher als der Wert der retournierten Ware (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The shipping fee of order %1 was already refunded with another return.</source>
        <translation>Die Versandgebühr der Bestellung %1 wurde bereits mit einer anderen Retoure erstattet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returns of order %1 would give back more than its total %2.</source>
        <translation>Retouren der Bestellung %1 würden mehr zurückzahlen als ihre Gesamtsumme %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return %1</source>
        <translation>Retoure %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 was paid by %2: say how the %3 went back to the customer (bank_transfer, cash or other).</source>
        <translation>Die Bestellung %1 wurde per %2 bezahlt: Geben Sie an, wie der Betrag von %3 an den Kunden zurückgezahlt wurde (bank_transfer, cash oder other).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 was paid by card: its money goes back through Stripe, not by hand.</source>
        <translation>Die Bestellung %1 wurde per Karte bezahlt: Ihr Geld geht über Stripe zurück, nicht von Hand.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Return %1 refunded: %2</source>
        <translation>Retoure %1 erstattet: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The returns&apos; period ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum der Retouren endet (%1), bevor er beginnt (%2).</translation>
    </message>
</context>
<context>
    <name>OrderReturnsSummary</name>
    <message>
        <location filename="../ui/views/OrderReturnsSummary.cpp" line="+17"/>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 restocked, %2 written off</source>
        <translation>, %1 wieder eingelagert, %2 abgeschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return %1: %2 — %3</source>
        <translation>Retoure %1: %2 — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — refund %1</source>
        <translation> — Erstattung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — rejected: %1</source>
        <translation> — abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — exchanged for order #%1 (worth %2)</source>
        <translation> — umgetauscht gegen Bestellung #%1 (Wert %2)</translation>
    </message>
</context>
<context>
    <name>OrderSets</name>
    <message>
        <location filename="../core/orders/OrderSets.cpp" line="+53"/>
        <source>Holds stock</source>
        <translation>Hält Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To ship</source>
        <translation>Zu versenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in full</source>
        <translation>Vollständig bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not cancelled</source>
        <translation>Nicht storniert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending or confirmed: their lines&apos; stock is reserved.</source>
        <translation>Offen oder bestätigt: der Bestand ihrer Positionen ist reserviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed (paid) and not shipped yet.</source>
        <translation>Bestätigt (bezahlt) und noch nicht versendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not cancelled, and nothing paid yet.</source>
        <translation>Nicht storniert und noch nichts bezahlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in full, nothing refunded.</source>
        <translation>Vollständig bezahlt, nichts erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed, shipped or delivered: paid for and not cancelled.</source>
        <translation>Bestätigt, versendet oder zugestellt: bezahlt und nicht storniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending, confirmed, shipped or delivered.</source>
        <translation>Offen, bestätigt, versendet oder zugestellt.</translation>
    </message>
</context>
<context>
    <name>OrderShipmentsSummary</name>
    <message>
        <location filename="../ui/views/OrderShipmentsSummary.cpp" line="+14"/>
        <source>Fulfillment: %1</source>
        <translation>Versandstatus: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered %1</source>
        <translation>zugestellt am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on its way</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: %2 — %3 — %4</source>
        <translation>Paket %1: %2 — %3 — %4</translation>
    </message>
</context>
<context>
    <name>OrderTransitions</name>
    <message>
        <source>Nothing to modify: give items or a shipping address.</source>
        <translation type="vanished">Nichts zu ändern: Geben Sie Positionen oder eine Lieferadresse an.</translation>
    </message>
    <message>
        <source>Order %1 is %2 and can no longer be modified.</source>
        <translation type="vanished">Die Bestellung %1 hat den Status %2 und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The request does not change order %1.</source>
        <translation type="vanished">Die Anfrage ändert die Bestellung %1 nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tracking number (letters, digits, spaces, . _ / -).</source>
        <translation type="vanished">„%1“ ist keine Sendungsnummer (Buchstaben, Ziffern, Leerzeichen, . _ / -).</translation>
    </message>
    <message>
        <source>ship</source>
        <translation type="vanished">versendet</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation type="vanished">zugestellt</translation>
    </message>
    <message>
        <location filename="../core/orders/OrderTransitions.cpp" line="+24"/>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order %1 no longer needs to expire.</source>
        <translation>Die Bestellung %1 muss nicht mehr ablaufen.</translation>
    </message>
</context>
<context>
    <name>OutboxStatuses</name>
    <message>
        <location filename="../core/notification/OutboxEntry.cpp" line="+42"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <location filename="../core/warehouse/PackingStation.cpp" line="+49"/>
        <source>No order %1.</source>
        <translation>Keine Bestellung %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order #%1 is not confirmed yet (unpaid): it cannot be packed.</source>
        <translation>Bestellung #%1 ist noch nicht bestätigt (unbezahlt): Sie kann nicht gepackt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 is %2: only a confirmed order is packed.</source>
        <translation>Bestellung #%1 ist %2: Nur eine bestätigte Bestellung wird gepackt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order #%1 has nothing left to ship.</source>
        <translation>Bei der Bestellung #%1 ist nichts mehr zu versenden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scan is empty.</source>
        <translation>Der Scan ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No order is open: scan the order&apos;s barcode (for example #1042) first, then its items.</source>
        <translation>Keine Bestellung geöffnet: Scannen Sie zuerst den Barcode der Bestellung (zum Beispiel #1042), dann ihre Artikel.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is no product&apos;s SKU or barcode: nothing was counted.</source>
        <translation>„%1“ ist weder SKU noch Barcode eines Produkts: Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong item: %1 is not on order #%2 (or all of it has shipped): nothing was counted.</source>
        <translation>Falscher Artikel: %1 gehört nicht zur Bestellung #%2 (oder wurde bereits vollständig versendet): Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One too many: all %1 of %2 for order #%3 are packed already: nothing was counted.</source>
        <translation>Eine zu viel: Alle %1 Einheiten von %2 für Bestellung #%3 sind bereits gepackt: Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One too many: order #%1 has no more %2 left to pack (packed elsewhere meanwhile): nothing was counted.</source>
        <translation>Eine zu viel: Bei Bestellung #%1 ist von %2 nichts mehr zu packen (inzwischen anderswo gepackt): Es wurde nichts gezählt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing of order #%1 is packed yet: scan its items first.</source>
        <translation>Von Bestellung #%1 ist noch nichts gepackt: Scannen Sie zuerst ihre Artikel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 is not completely packed (%2 of %3 units; %4).</source>
        <translation>Bestellung #%1 ist nicht vollständig gepackt (%2 von %3 Einheiten; %4).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Between 1 and 1000 orders in progress are listed.</source>
        <translation>Es können 1 bis 1000 Bestellungen in Bearbeitung aufgelistet werden.</translation>
    </message>
</context>
<context>
    <name>PaymentAttempts</name>
    <message>
        <location filename="../core/payment/PaymentAttempt.cpp" line="+43"/>
        <source>Sent, awaiting answer</source>
        <translation>Gesendet, Antwort ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>PaymentLedger</name>
    <message>
        <location filename="../core/payment/PaymentLedger.cpp" line="+31"/>
        <source>Order %1 is paid by card; card payments are confirmed by the gateway.</source>
        <translation>Die Bestellung %1 wird per Karte bezahlt; Kartenzahlungen werden vom Zahlungsanbieter bestätigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark paid</source>
        <translation>als bezahlt markiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paid by %1</source>
        <translation>Bezahlt per %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by %1, reference %2</source>
        <translation>Bezahlt per %1, Referenz %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order %1 owes the customer no refund that could be kept as credit.</source>
        <translation>Die Bestellung %1 schuldet dem Kunden keine Erstattung, die als Guthaben behalten werden könnte.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A card payment needs a payment method token such as pm_card_visa.</source>
        <translation>Eine Kartenzahlung erfordert ein Zahlungsmittel-Token wie pm_card_visa.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No payment attempt %1.</source>
        <translation>Kein Zahlungsversuch %1.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>confirm</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card charged</source>
        <translation>Karte belastet</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Order %1 was paid by %2; refunds of manual payments are made outside Shipshape.</source>
        <translation>Die Bestellung %1 wurde per %2 bezahlt; Erstattungen manueller Zahlungen erfolgen außerhalb von Shipshape.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order %1 is in %2.</source>
        <translation>Die Bestellung %1 ist in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 has nothing left to refund.</source>
        <translation>Für die Bestellung %1 ist nichts mehr zu erstatten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund must be a positive amount.</source>
        <translation>Eine Erstattung muss ein positiver Betrag sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot refund %1 on order %2: only %3 is refundable.</source>
        <translation>%1 kann für die Bestellung %2 nicht erstattet werden: Nur %3 ist erstattbar.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Balance after modification</source>
        <translation>Saldo nach Änderung</translation>
    </message>
</context>
<context>
    <name>PaymentLinkLedger</name>
    <message>
        <location filename="../core/payment/PaymentLinkLedger.cpp" line="+55"/>
        <source>Order %1 is paid by %2; payment links are for card payments.</source>
        <translation>Die Bestellung %1 wird per %2 bezahlt; Zahlungslinks sind für Kartenzahlungen gedacht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is %2: there is nothing to pay by link.</source>
        <translation>Die Bestellung %1 hat den Status %2: Es gibt nichts per Link zu bezahlen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 has nothing left to pay.</source>
        <translation>Für die Bestellung %1 ist nichts mehr zu bezahlen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 has a card payment in progress; wait until it is settled.</source>
        <translation>Für die Bestellung %1 läuft eine Kartenzahlung; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+28"/>
        <source>No payment link %1.</source>
        <translation>Kein Zahlungslink %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No order %1.</source>
        <translation>Keine Bestellung %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment link %1 was recorded by another client.</source>
        <translation>Der Zahlungslink %1 wurde von einem anderen Client erfasst.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stripe reports the link paid with %1 %2 (payment %3), which this order cannot take; check it in Stripe&apos;s dashboard.</source>
        <translation>Laut Stripe wurde der Link mit %1 %2 bezahlt (Zahlung %3), was diese Bestellung nicht annehmen kann; prüfen Sie dies im Stripe-Dashboard.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confirm</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid through the payment link after the order was cancelled; the money goes back</source>
        <translation>Nach der Stornierung der Bestellung über den Zahlungslink bezahlt; das Geld wird zurückgezahlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid by card through the payment link</source>
        <translation>Per Karte über den Zahlungslink bezahlt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The payment link expired unpaid</source>
        <translation>Der Zahlungslink ist unbezahlt abgelaufen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to pay by card, valid until %2</source>
        <translation>%1 per Karte zu bezahlen, gültig bis %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer completed the payment page; the payment is still processing.</source>
        <translation>Der Kunde hat die Zahlungsseite abgeschlossen; die Zahlung wird noch verarbeitet.</translation>
    </message>
</context>
<context>
    <name>PaymentLinks</name>
    <message>
        <location filename="../core/payment/PaymentLink.cpp" line="+38"/>
        <source>being created</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent, not paid yet</source>
        <translation>gesendet, noch nicht bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be created</source>
        <translation>konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <location filename="../core/payment/PaymentMethod.cpp" line="+36"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
</context>
<context>
    <name>PaymentStates</name>
    <message>
        <location filename="../core/orders/PaymentStates.cpp" line="+47"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund owed</source>
        <translation>Erstattung offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Guthaben</translation>
    </message>
</context>
<context>
    <name>PaymentWorkflow</name>
    <message>
        <location filename="../core/payment/PaymentWorkflow.cpp" line="+65"/>
        <source>Card payments are not configured: store the Stripe secret key with &quot;shipshape-cli secrets set stripe&quot; (or set SHIPSHAPE_STRIPE_SECRET_KEY).</source>
        <translation>Kartenzahlungen sind nicht eingerichtet: Speichern Sie den geheimen Stripe-Schlüssel mit „shipshape-cli secrets set stripe“ (oder setzen Sie SHIPSHAPE_STRIPE_SECRET_KEY).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Order %1 has no charge to run.</source>
        <translation>Für die Bestellung %1 ist keine Belastung auszuführen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+400"/>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <location line="-415"/>
        <location line="+48"/>
        <source>%1 Order #%2 was cancelled and its stock released.</source>
        <translation>%1 Die Bestellung #%2 wurde storniert und ihr Bestand freigegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Order #%2 stays pending until the payment is reconciled.</source>
        <translation>%1 Die Bestellung #%2 bleibt offen, bis die Zahlung abgeglichen ist.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The refund failed: %1</source>
        <translation>Die Erstattung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund&apos;s outcome is unknown (%1); it will be reconciled.</source>
        <translation>Das Ergebnis der Erstattung ist unbekannt (%1); sie wird abgeglichen.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Order %1 is cancelled, but its refund could not be sent: %2</source>
        <translation>Die Bestellung %1 ist storniert, aber ihre Erstattung konnte nicht gesendet werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stripe did not answer (%1). The payment link for order #%2 is created and emailed as soon as Stripe answers; nothing is sent twice.</source>
        <translation>Stripe hat nicht geantwortet (%1). Der Zahlungslink für die Bestellung #%2 wird angelegt und per E-Mail gesendet, sobald Stripe antwortet; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stripe refused the payment link for order #%1: %2</source>
        <translation>Stripe hat den Zahlungslink für die Bestellung #%1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment link for order #%1 expired before it could be sent: the order no longer waits for it.</source>
        <translation>Der Zahlungslink für die Bestellung #%1 ist abgelaufen, bevor er gesendet werden konnte: Die Bestellung wartet nicht mehr darauf.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Order %1 has a payment in progress; wait until it is settled.</source>
        <translation>Für die Bestellung %1 läuft eine Zahlung; warten Sie, bis sie abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order %1 was modified, but its balance of %2 could not be settled: %3</source>
        <translation>Die Bestellung %1 wurde geändert, aber ihr Saldo von %2 konnte nicht ausgeglichen werden: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order modified</source>
        <translation>Bestellung geändert</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../core/customers/PhoneNumbers.cpp" line="+48"/>
        <source>Enter a phone number, with its country code (+49 …) if it is abroad.</source>
        <translation>Geben Sie eine Telefonnummer ein, bei einer ausländischen Nummer mit Ländervorwahl (+49 …).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces, +, -, (, ), . or / only.</source>
        <translation>„%1“ ist keine Telefonnummer: Verwenden Sie nur Ziffern, Leerzeichen, +, -, (, ), . oder /.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid phone number (read in %2 unless it starts with + and a country code).</source>
        <translation>„%1“ ist keine gültige Telefonnummer (gelesen für %2, sofern sie nicht mit + und einer Ländervorwahl beginnt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation>„%1“ ist keine gültige Telefonnummer.</translation>
    </message>
</context>
<context>
    <name>PickListBuilder</name>
    <message>
        <location filename="../core/warehouse/PickListBuilder.cpp" line="+31"/>
        <source>A pick list needs at least one order.</source>
        <translation>Eine Pickliste erfordert mindestens eine Bestellung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order #%1 is named twice.</source>
        <translation>Die Bestellung #%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1 is %2: only confirmed orders are picked.</source>
        <translation>Die Bestellung #%1 ist %2: Nur bestätigte Bestellungen werden kommissioniert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order #%1 has nothing left to ship.</source>
        <translation>Bei der Bestellung #%1 ist nichts mehr zu versenden.</translation>
    </message>
</context>
<context>
    <name>PickListWriter</name>
    <message>
        <location filename="../ui/printing/PickListWriter.cpp" line="+66"/>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot draw the pick list on this device.</source>
        <translation>Die Pickliste kann auf diesem Gerät nicht gezeichnet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Pick list: %n order(s)</source>
        <translation>
            <numerusform>Pickliste: %n Bestellung</numerusform>
            <numerusform>Pickliste: %n Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Made %1 by %2</source>
        <translation>Erstellt am %1 von %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pick, in walking order</source>
        <translation>Entnahme in Laufreihenfolge</translation>
    </message>
</context>
<context>
    <name>PickLists</name>
    <message>
        <location filename="../core/warehouse/PickLists.cpp" line="+22"/>
        <source>A pick list needs at least one order.</source>
        <translation>Eine Pickliste erfordert mindestens eine Bestellung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pick list takes at most %1 orders (%2 given).</source>
        <translation>Eine Pickliste umfasst höchstens %1 Bestellungen (%2 angegeben).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A pick list takes between 1 and %1 orders.</source>
        <translation>Eine Pickliste umfasst 1 bis %1 Bestellungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No confirmed order is waiting to ship.</source>
        <translation>Keine bestätigte Bestellung wartet auf den Versand.</translation>
    </message>
</context>
<context>
    <name>PriceCalculator</name>
    <message>
        <location filename="../core/pricing/PriceCalculator.cpp" line="+32"/>
        <source>The order&apos;s amounts are too large.</source>
        <translation>Die Beträge der Bestellung sind zu groß.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An order needs at least one line item.</source>
        <translation>Eine Bestellung benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping is in %1, but this order is in %2.</source>
        <translation>Die Versandkosten sind in %1, diese Bestellung jedoch in %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipping cannot be negative (got %1).</source>
        <translation>Die Versandkosten können nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is priced in %2, but this order is in %3.</source>
        <translation>%1 ist in %2 ausgepreist, diese Bestellung jedoch in %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity must be positive (got %1 for %2).</source>
        <translation>Die Menge muss positiv sein (erhalten: %1 für %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The discount is in %1, but this order is in %2.</source>
        <translation>Der Rabatt ist in %1, diese Bestellung jedoch in %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A discount cannot be negative (got %1).</source>
        <translation>Ein Rabatt kann nicht negativ sein (erhalten: %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The discount is for %1, which is not on this order.</source>
        <translation>Der Rabatt gilt für %1, das nicht in dieser Bestellung enthalten ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A discount of %1 is more than what is left of line %2 (%3).</source>
        <translation>Ein Rabatt von %1 übersteigt den Restbetrag von Position %2 (%3).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A discount of %1 is more than what is left of the order (%2).</source>
        <translation>Ein Rabatt von %1 übersteigt den Restbetrag der Bestellung (%2).</translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <location filename="../core/inventory/ProductImport.cpp" line="+86"/>
        <source>import %1 %2</source>
        <translation>Import %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty: it needs a header row (%1).</source>
        <translation>Die Datei ist leer: Sie benötigt eine Kopfzeile (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 products per file (%2 given).</source>
        <translation>Höchstens %1 Produkte pro Datei (%2 angegeben).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown column &quot;%1&quot; (columns: %2).</source>
        <translation>Unbekannte Spalte „%1“ (Spalten: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>Die Spalte „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>Die Spalte „%1“ fehlt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+122"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder; die Kopfzeile hat %3.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>SKU %1 is already on row %2.</source>
        <translation>Die SKU %1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Barcode %1 is already on row %2.</source>
        <translation>Der Barcode %1 steht bereits in Zeile %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 units of %2 are reserved for open orders; on hand cannot go below that.</source>
        <translation>%1 Einheiten von %2 sind für offene Bestellungen reserviert; der Lagerbestand kann nicht darunter fallen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Barcode %1 is the barcode of %2.</source>
        <translation>Der Barcode %1 ist der Barcode von %2.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ProviderChecks</name>
    <message>
        <location filename="../core/diagnostics/ProviderChecks.cpp" line="+24"/>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No answer from %1 in time: check this machine&apos;s network, proxy and firewall.</source>
        <translation>Keine rechtzeitige Antwort von %1: Prüfen Sie Netzwerk, Proxy und Firewall dieses Rechners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach %1 (%2): check this machine&apos;s network, proxy and firewall.</source>
        <translation>%1 ist nicht erreichbar (%2): Prüfen Sie Netzwerk, Proxy und Firewall dieses Rechners.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 It said: %2</source>
        <translation>%1 Die Antwort lautete: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not checked: no secret key (see Provider keys).</source>
        <translation>Nicht geprüft: kein geheimer Schlüssel (siehe Anbieterschlüssel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked: live key. Diagnostics call Stripe in test mode only, so a live key is never sent; try a test key (sk_test_…) on a test installation.</source>
        <translation>Nicht geprüft: Live-Schlüssel. Die Diagnose ruft Stripe nur im Testmodus auf, daher wird ein Live-Schlüssel nie gesendet; versuchen Sie einen Testschlüssel (sk_test_…) auf einer Testinstallation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not checked: no API key (see Provider keys).</source>
        <translation>Nicht geprüft: kein API-Schlüssel (siehe Anbieterschlüssel).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SMS is on but Twilio is not set up: set twilio/accountSid and the auth token (shipshape-cli secrets set twilio), or turn SMS off (sms/enabled).</source>
        <translation>SMS sind eingeschaltet, aber Twilio ist nicht eingerichtet: Setzen Sie twilio/accountSid und das Auth-Token (shipshape-cli secrets set twilio) oder schalten Sie SMS aus (sms/enabled).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Twilio account SID &quot;%1&quot; is not AC and 32 hexadecimal digits.</source>
        <translation>Die Twilio-Account-SID „%1“ besteht nicht aus AC und 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 answered 200 without an account: check the Twilio API address (SHIPSHAPE_TWILIO_API_BASE, twilio/apiBase).</source>
        <translation>%1 hat mit 200 ohne Konto geantwortet: Prüfen Sie die Twilio-API-Adresse (SHIPSHAPE_TWILIO_API_BASE, twilio/apiBase).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Twilio account is %1, not active: SMS will not go out.</source>
        <translation>Das Twilio-Konto ist %1, nicht aktiv: SMS werden nicht versendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the account SID and auth token.</source>
        <translation>%1 hat die Account-SID und das Auth-Token akzeptiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 accepted the test credentials.</source>
        <translation>%1 hat die Testzugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio refused the account SID or auth token (401): check twilio/accountSid and set the token with shipshape-cli secrets set twilio.</source>
        <translation>Twilio hat die Account-SID oder das Auth-Token abgelehnt (401): Prüfen Sie twilio/accountSid und setzen Sie das Token mit shipshape-cli secrets set twilio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Twilio knows no account with this SID (404): check twilio/accountSid.</source>
        <translation>Twilio kennt kein Konto mit dieser SID (404): Prüfen Sie twilio/accountSid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio is limiting requests (429): run the diagnostics again in a minute.</source>
        <translation>Twilio begrenzt die Anfragen (429): Führen Sie die Diagnose in einer Minute erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio answered %1: it has a problem of its own; try again later (status.twilio.com).</source>
        <translation>Twilio hat mit %1 geantwortet: Dort liegt ein eigenes Problem vor; versuchen Sie es später erneut (status.twilio.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio answered %1: check the Twilio API address (SHIPSHAPE_TWILIO_API_BASE, twilio/apiBase).</source>
        <translation>Twilio hat mit %1 geantwortet: Prüfen Sie die Twilio-API-Adresse (SHIPSHAPE_TWILIO_API_BASE, twilio/apiBase).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 accepted the test key.</source>
        <translation>%1 hat den Testschlüssel akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe refused the key (401): set a valid test key with shipshape-cli secrets set stripe.</source>
        <translation>Stripe hat den Schlüssel abgelehnt (401): Setzen Sie einen gültigen Testschlüssel mit shipshape-cli secrets set stripe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stripe does not let this key read the account (403): use the secret key, or a restricted key with read and write access to PaymentIntents, Refunds and Checkout Sessions.</source>
        <translation>Stripe erlaubt diesem Schlüssel nicht, das Konto zu lesen (403): Verwenden Sie den geheimen Schlüssel oder einen eingeschränkten Schlüssel mit Lese- und Schreibzugriff auf PaymentIntents, Refunds und Checkout Sessions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stripe is limiting requests (429): run the diagnostics again in a minute.</source>
        <translation>Stripe begrenzt die Anfragen (429): Führen Sie die Diagnose in einer Minute erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stripe answered %1: it has a problem of its own; try again later (status.stripe.com).</source>
        <translation>Stripe hat mit %1 geantwortet: Dort liegt ein eigenes Problem vor; versuchen Sie es später erneut (status.stripe.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe answered %1: check the Stripe API address (SHIPSHAPE_STRIPE_API_BASE, stripe/apiBase).</source>
        <translation>Stripe hat mit %1 geantwortet: Prüfen Sie die Stripe-API-Adresse (SHIPSHAPE_STRIPE_API_BASE, stripe/apiBase).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>create a key with Mail Send access in SendGrid and store it with shipshape-cli secrets set sendgrid.</source>
        <translation>Erstellen Sie in SendGrid einen Schlüssel mit Zugriff auf Mail Send und speichern Sie ihn mit shipshape-cli secrets set sendgrid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered 200 without a list of scopes: check the SendGrid API address (SHIPSHAPE_SENDGRID_API_BASE, sendgrid/apiBase).</source>
        <translation>%1 hat mit 200 ohne Liste von Scopes geantwortet: Prüfen Sie die SendGrid-API-Adresse (SHIPSHAPE_SENDGRID_API_BASE, sendgrid/apiBase).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key may not send mail (no mail.send scope): %1</source>
        <translation>Der Schlüssel darf keine E-Mails senden (kein Scope mail.send): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the key; it may send mail.</source>
        <translation>%1 hat den Schlüssel akzeptiert; er darf E-Mails senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SendGrid refused the key (401): set a valid key with shipshape-cli secrets set sendgrid.</source>
        <translation>SendGrid hat den Schlüssel abgelehnt (401): Setzen Sie einen gültigen Schlüssel mit shipshape-cli secrets set sendgrid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SendGrid refused this key (403): %1</source>
        <translation>SendGrid hat diesen Schlüssel abgelehnt (403): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid is limiting requests (429): run the diagnostics again in a minute.</source>
        <translation>SendGrid begrenzt die Anfragen (429): Führen Sie die Diagnose in einer Minute erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid answered %1: it has a problem of its own; try again later (status.sendgrid.com).</source>
        <translation>SendGrid hat mit %1 geantwortet: Dort liegt ein eigenes Problem vor; versuchen Sie es später erneut (status.sendgrid.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid answered %1: check the SendGrid API address (SHIPSHAPE_SENDGRID_API_BASE, sendgrid/apiBase).</source>
        <translation>SendGrid hat mit %1 geantwortet: Prüfen Sie die SendGrid-API-Adresse (SHIPSHAPE_SENDGRID_API_BASE, sendgrid/apiBase).</translation>
    </message>
</context>
<context>
    <name>Rate</name>
    <message>
        <location filename="../core/pricing/Rate.cpp" line="+12"/>
        <source>%1: &quot;%2&quot; is not a percentage between 0 and 100 (at most four decimals, e.g. 12.5).</source>
        <translation>%1: „%2“ ist kein Prozentsatz zwischen 0 und 100 (höchstens vier Nachkommastellen, z. B. 12.5).</translation>
    </message>
</context>
<context>
    <name>RecordRefundForm</name>
    <message>
        <location filename="../ui/views/RecordRefundForm.cpp" line="+24"/>
        <source>Refund method</source>
        <translation>Erstattungsart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount refunded</source>
        <translation>Erstatteter Betrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation>z. B. die Referenz der Banküberweisung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money you already returned outside Shipshape. The customer is emailed that it was refunded.</source>
        <translation>Erfassen Sie Geld, das Sie bereits außerhalb von Shipshape zurückgezahlt haben. Der Kunde erhält eine E-Mail, dass es erstattet wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method:</source>
        <translation>Erstattungsart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (up to %1):</source>
        <translation>Betrag (bis zu %1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record refund</source>
        <translation>Erstattung erfassen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose how the money was refunded.</source>
        <translation>Wählen Sie aus, wie das Geld erstattet wurde.</translation>
    </message>
</context>
<context>
    <name>RefundMethods</name>
    <message>
        <location filename="../core/payment/RefundMethod.cpp" line="+35"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ReplicaFile</name>
    <message>
        <location filename="../core/replica/ReplicaFile.cpp" line="+72"/>
        <location line="+66"/>
        <source>There is no replica at %1 yet.</source>
        <translation>Unter %1 gibt es noch kein Replikat.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The replica %1 cannot be trusted (%2).</source>
        <translation>Dem Replikat %1 kann nicht vertraut werden (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is damaged: %1</source>
        <translation>es ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is no Shipshape replica</source>
        <translation>es ist kein Shipshape-Replikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its schema version %1 is not this Shipshape&apos;s %2</source>
        <translation>seine Schemaversion %1 ist nicht die dieser Shipshape-Version (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ReplicaKeeper</name>
    <message>
        <location filename="../core/replica/ReplicaKeeper.cpp" line="+65"/>
        <source>Cannot listen for the server&apos;s changes; the replica is not kept up to date until it answers.</source>
        <translation>Die Änderungen des Servers können nicht empfangen werden; das Replikat wird erst wieder aktualisiert, wenn er antwortet.</translation>
    </message>
</context>
<context>
    <name>ReplicaSync</name>
    <message>
        <location filename="../core/replica/ReplicaSync.cpp" line="+82"/>
        <source>A replica follows a PostgreSQL server; %1 is a SQLite file already.</source>
        <translation>Ein Replikat folgt einem PostgreSQL-Server; %1 ist bereits eine SQLite-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 keeps no change log for replicas: migrate it to this Shipshape&apos;s schema first (shipshape-cli db migrate).</source>
        <translation>Der Server %1 führt kein Änderungsprotokoll für Replikate: Migrieren Sie ihn zuerst auf das Schema dieser Shipshape-Version (shipshape-cli db migrate).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s replica_source row is missing.</source>
        <translation>Die Zeile replica_source des Servers fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 has schema version %2 and this Shipshape %3: its replica needs both the same (migrate the server, or update Shipshape).</source>
        <translation>Der Server %1 hat Schemaversion %2, diese Shipshape-Version %3: Sein Replikat erfordert bei beiden dieselbe (migrieren Sie den Server oder aktualisieren Sie Shipshape).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it copies another server or database</source>
        <translation>es kopiert einen anderen Server oder eine andere Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was made for schema version %1</source>
        <translation>es wurde für Schemaversion %1 erstellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds changes the server does not have (was the server restored from a backup?)</source>
        <translation>es enthält Änderungen, die der Server nicht hat (wurde der Server aus einer Sicherung wiederhergestellt?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it last synchronised before changes the server no longer keeps</source>
        <translation>es wurde zuletzt vor Änderungen synchronisiert, die der Server nicht mehr aufbewahrt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The replica %1 cannot be trusted (%2).</source>
        <translation>Dem Replikat %1 kann nicht vertraut werden (%2).</translation>
    </message>
    <message>
        <location line="+234"/>
        <location line="+174"/>
        <source>The replica %1 cannot be trusted (%2); rebuild it.</source>
        <translation>Dem Replikat %1 kann nicht vertraut werden (%2); bauen Sie es neu auf.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>There is no replica at %1 yet: run shipshape-cli replica sync.</source>
        <translation>Unter %1 gibt es noch kein Replikat: Führen Sie shipshape-cli replica sync aus.</translation>
    </message>
</context>
<context>
    <name>ReplicaTables</name>
    <message>
        <location filename="../core/replica/ReplicaTables.cpp" line="+36"/>
        <source>The server %1 keeps no change log for replicas: migrate it to this Shipshape&apos;s schema first (shipshape-cli db migrate).</source>
        <translation>Der Server %1 führt kein Änderungsprotokoll für Replikate: Migrieren Sie ihn zuerst auf das Schema dieser Shipshape-Version (shipshape-cli db migrate).</translation>
    </message>
</context>
<context>
    <name>ReturnReasons</name>
    <message>
        <location filename="../core/orders/ReturnReason.cpp" line="+51"/>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer needed</source>
        <translation>Nicht mehr benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ReturnStates</name>
    <message>
        <location filename="../core/orders/ReturnState.cpp" line="+48"/>
        <source>Requested</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>ReturnStore</name>
    <message>
        <location filename="../core/orders/ReturnStore.cpp" line="+63"/>
        <location line="+83"/>
        <source>No return %1.</source>
        <translation>Keine Retoure %1.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Return %1 has changed meanwhile: %2.</source>
        <translation>Die Retoure %1 wurde inzwischen geändert: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was already received</source>
        <translation>%1 ist bereits eingegangen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>it is no longer requested</source>
        <translation>sie ist nicht mehr angemeldet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was already refunded</source>
        <translation>%1 wurde bereits erstattet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it was already refunded or is not received</source>
        <translation>sie wurde bereits erstattet oder ist nicht eingegangen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it was already exchanged, rejected or refunded</source>
        <translation>sie wurde bereits umgetauscht, abgelehnt oder erstattet</translation>
    </message>
</context>
<context>
    <name>SavedOrderViews</name>
    <message>
        <location filename="../ui/views/SavedOrderViews.cpp" line="+33"/>
        <source>Cancelled this week</source>
        <translation>Diese Woche storniert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a built-in view; choose another name.</source>
        <translation>„%1“ ist eine integrierte Ansicht; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="+39"/>
        <source>The keychain did not answer within %1 ms.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+117"/>
        <source>Cannot read &quot;%1&quot; from the keychain: %2</source>
        <translation>„%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+22"/>
        <source>No keychain is reachable (no D-Bus session).</source>
        <translation>Kein Schlüsselbund erreichbar (keine D-Bus-Sitzung).</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot store &quot;%1&quot; in the keychain: %2</source>
        <translation>„%1“ kann nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove &quot;%1&quot; from the keychain: %2</source>
        <translation>„%1“ kann nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>SendGridSignature</name>
    <message>
        <location filename="../core/notification/SendGridSignature.cpp" line="+153"/>
        <source>The X-Twilio-Email-Event-Webhook-Signature or X-Twilio-Email-Event-Webhook-Timestamp header is missing.</source>
        <translation>Der Header X-Twilio-Email-Event-Webhook-Signature oder X-Twilio-Email-Event-Webhook-Timestamp fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The X-Twilio-Email-Event-Webhook-Timestamp header is not a number of seconds, or the X-Twilio-Email-Event-Webhook-Signature header is not a base64 DER ECDSA signature.</source>
        <translation>Der Header X-Twilio-Email-Event-Webhook-Timestamp ist keine Anzahl von Sekunden, oder der Header X-Twilio-Email-Event-Webhook-Signature ist keine base64-kodierte DER-ECDSA-Signatur.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The X-Twilio-Email-Event-Webhook-Timestamp is more than %n second(s) away from the server&apos;s time.</source>
        <translation>
            <numerusform>Der Zeitstempel in X-Twilio-Email-Event-Webhook-Timestamp weicht um mehr als %n Sekunde von der Serverzeit ab.</numerusform>
            <numerusform>Der Zeitstempel in X-Twilio-Email-Event-Webhook-Timestamp weicht um mehr als %n Sekunden von der Serverzeit ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not verify over the timestamp and body with this shop&apos;s SendGrid public key.</source>
        <translation>Die Signatur über Zeitstempel und Body lässt sich mit dem öffentlichen SendGrid-Schlüssel dieses Shops nicht verifizieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SendGrid webhook public key (sendgrid/webhookPublicKey or SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) is not a base64 EC P-256 public key as SendGrid shows it.</source>
        <translation>Der öffentliche Schlüssel des SendGrid-Webhooks (sendgrid/webhookPublicKey oder SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) ist kein base64-kodierter öffentlicher EC-P-256-Schlüssel, wie SendGrid ihn anzeigt.</translation>
    </message>
</context>
<context>
    <name>SendGridWebhookEvents</name>
    <message>
        <location filename="../core/notification/SendGridWebhookEvents.cpp" line="+46"/>
        <source>The body is not a JSON array of events: %1</source>
        <translation>Der Body ist kein JSON-Array von Ereignissen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch has no events.</source>
        <translation>Der Stapel enthält keine Ereignisse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each event is a JSON object.</source>
        <translation>Jedes Ereignis ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An event needs its sg_event_id (1 to 255 characters).</source>
        <translation>Ein Ereignis braucht seine sg_event_id (1 bis 255 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event needs its type.</source>
        <translation>Ein Ereignis braucht seinen Typ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sg_message_id is too long.</source>
        <translation>Die sg_message_id ist zu lang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An event needs its timestamp in whole Unix seconds.</source>
        <translation>Ein Ereignis braucht seinen Zeitstempel in ganzen Unix-Sekunden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shipshape does not track %1 events.</source>
        <translation>Shipshape verfolgt keine %1-Ereignisse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This event was processed before.</source>
        <translation>Dieses Ereignis wurde bereits verarbeitet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No email of this shop was sent as %1.</source>
        <translation>Keine E-Mail dieses Shops wurde als %1 gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no sg_message_id)</source>
        <translation>(keine sg_message_id)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Email %1 of order %2: %3.</source>
        <translation>E-Mail %1 der Bestellung %2: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email %1 of order %2: %3 recorded on the timeline; a later report stays its state.</source>
        <translation>E-Mail %1 der Bestellung %2: %3 im Verlauf vermerkt; ihr Status bleibt der einer späteren Meldung.</translation>
    </message>
</context>
<context>
    <name>ShipmentStore</name>
    <message>
        <location filename="../core/orders/ShipmentStore.cpp" line="+41"/>
        <source>Shipment %1 of order %2 is already delivered.</source>
        <translation>Die Sendung %1 der Bestellung %2 ist bereits zugestellt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order %1 has fewer than %2 of %3 left to ship.</source>
        <translation>Bei der Bestellung %1 sind von %3 weniger als %2 zu versenden.</translation>
    </message>
</context>
<context>
    <name>SmsComposer</name>
    <message>
        <location filename="../core/notification/SmsComposer.cpp" line="+59"/>
        <source>%1: we received your order #%2 (%3). Reply STOP to opt out.</source>
        <translation>%1: Wir haben Ihre Bestellung #%2 (%3) erhalten. Zum Abmelden antworten Sie mit STOP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: payment received for order #%2. We are getting it ready.</source>
        <translation>%1: Zahlung für Bestellung #%2 erhalten. Wir bereiten sie vor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: order #%2 has shipped.</source>
        <translation>%1: Bestellung #%2 wurde versendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: order #%2 has shipped with %3, tracking %4.</source>
        <translation>%1: Bestellung #%2 wurde mit %3 versendet, Sendungsnummer %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the carrier</source>
        <translation>dem Versanddienstleister</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: order #%2 has been delivered. Enjoy!</source>
        <translation>%1: Bestellung #%2 wurde zugestellt. Viel Freude damit!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: order #%2 is cancelled; %3 is kept as credit.</source>
        <translation>%1: Bestellung #%2 ist storniert; %3 bleibt als Guthaben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: order #%2 is cancelled.</source>
        <translation>%1: Bestellung #%2 ist storniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: we refunded %2 for order #%3.</source>
        <translation>%1: Wir haben %2 für Bestellung #%3 erstattet.</translation>
    </message>
</context>
<context>
    <name>SmsSettings</name>
    <message>
        <location filename="../core/notification/SmsSettings.cpp" line="+27"/>
        <source>The Twilio account SID &quot;%1&quot; is not AC and 32 hexadecimal digits.</source>
        <translation>Die Twilio-Account-SID „%1“ besteht nicht aus AC und 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Twilio messaging service SID &quot;%1&quot; is not MG and 32 hexadecimal digits.</source>
        <translation>Die Twilio-Messaging-Service-SID „%1“ besteht nicht aus MG und 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMS sender &quot;%1&quot; is not a phone number in E.164 form (+ and the country code).</source>
        <translation>Der SMS-Absender „%1“ ist keine Telefonnummer im Format E.164 (+ und Ländervorwahl).</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <location filename="../core/storage/SqliteBackup.cpp" line="+55"/>
        <source>SQLite did not report its data version.</source>
        <translation>SQLite hat seine Datenversion nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a Shipshape database (it has no %2 table).</source>
        <translation>%1 ist keine Shipshape-Datenbank (sie hat keine Tabelle %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SQLite did not count the rows of %1.</source>
        <translation>SQLite hat die Zeilen von %1 nicht gezählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 fails SQLite&apos;s integrity check: %2</source>
        <translation>%1 besteht die Integritätsprüfung von SQLite nicht: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an SQLite database is backed up by Shipshape; use pg_dump for PostgreSQL.</source>
        <translation>Shipshape sichert nur SQLite-Datenbanken; verwenden Sie pg_dump für PostgreSQL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists already: name a new file.</source>
        <translation>%1 existiert bereits: Geben Sie eine neue Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The backup cannot replace the database itself.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst ersetzen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not copy the database to %1: %2</source>
        <translation>Die Datenbank konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database kept changing while it was being copied (%1 tries): try again in a quieter moment.</source>
        <translation>Die Datenbank hat sich während des Kopierens ständig geändert (%1 Versuche): Versuchen Sie es in einem ruhigeren Moment erneut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The copy&apos;s rows differ from the database&apos;s: %1</source>
        <translation>Die Zeilen der Kopie weichen von denen der Datenbank ab: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only an SQLite database is restored by Shipshape; use pg_restore for PostgreSQL.</source>
        <translation>Shipshape stellt nur SQLite-Datenbanken wieder her; verwenden Sie pg_restore für PostgreSQL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the database itself.</source>
        <translation>Das ist die Datenbank selbst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot copy %1 beside the database to check it.</source>
        <translation>%1 kann zur Prüfung nicht neben die Datenbank kopiert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an SQLite database Shipshape can read: %2</source>
        <translation>%1 ist keine SQLite-Datenbank, die Shipshape lesen kann: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database %1 is open in another program (the app, shipshape-cli worker or serve): close it, then restore again.</source>
        <translation>Die Datenbank %1 ist in einem anderen Programm geöffnet (der App, shipshape-cli worker oder serve): Schließen Sie es und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not keep the current database as %1: %2</source>
        <translation>Die aktuelle Datenbank konnte nicht als %1 aufbewahrt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove %1: is the database open in another program?</source>
        <translation>%1 kann nicht entfernt werden: Ist die Datenbank in einem anderen Programm geöffnet?</translation>
    </message>
</context>
<context>
    <name>SqliteFileErrors</name>
    <message>
        <location filename="../core/storage/SqliteFileErrors.cpp" line="+41"/>
        <source>%1 cannot be written: the file, its folder or its disk is read-only. Nothing was saved.</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei, ihr Ordner oder ihr Datenträger ist schreibgeschützt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding %1 is full (%2 free): nothing was saved. Free some space and try again.</source>
        <translation>Der Datenträger mit %1 ist voll (%2 frei): Es wurde nichts gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be read or written (%2): nothing was saved. Check the disk.</source>
        <translation>%1 konnte nicht gelesen oder geschrieben werden (%2): Es wurde nichts gespeichert. Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not a Shipshape database (%2). Restore it from a backup (shipshape-cli restore).</source>
        <translation>%1 ist beschädigt oder keine Shipshape-Datenbank (%2). Stellen Sie die Datei aus einer Sicherung wieder her (shipshape-cli restore).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be opened (%2): check that its folder exists and may be written.</source>
        <translation>%1 kann nicht geöffnet werden (%2): Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <location filename="../core/staff/StaffDirectory.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a valid staff login: use lower-case letters, digits and _, starting with a letter or _, at most 63 characters.</source>
        <translation>„%1“ ist keine gültige Mitarbeiteranmeldung: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben oder _, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff logins may not start with pg_ or shipshape_.</source>
        <translation>Mitarbeiteranmeldungen dürfen nicht mit pg_ oder shipshape_ beginnen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown role &quot;%1&quot;: use warehouse, support or admin.</source>
        <translation>Unbekannte Rolle „%1“: warehouse, support oder admin verwenden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This is a local SQLite database: its one user is the operating-system account %1, with every right. Staff logins exist on PostgreSQL only.</source>
        <translation>Dies ist eine lokale SQLite-Datenbank: Ihr einziger Benutzer ist das Betriebssystemkonto %1 mit allen Rechten. Mitarbeiteranmeldungen gibt es nur unter PostgreSQL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server did not report the login&apos;s roles.</source>
        <translation>Der Server hat die Rollen der Anmeldung nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A staff password needs at least 8 characters.</source>
        <translation>Ein Mitarbeiterpasswort benötigt mindestens 8 Zeichen.</translation>
    </message>
</context>
<context>
    <name>StockMovementKinds</name>
    <message>
        <location filename="../core/inventory/StockMovement.cpp" line="+47"/>
        <source>Initial stock</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replenished</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purged orders</source>
        <translation>Entfernte Bestellungen</translation>
    </message>
</context>
<context>
    <name>StockReservations</name>
    <message>
        <location filename="../core/inventory/StockReservations.cpp" line="+33"/>
        <source>Out of stock: %1 has %2 available, %3 requested.</source>
        <translation>Nicht vorrätig: %1 hat %2 verfügbar, %3 angefordert.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Return %1</source>
        <translation>Retoure %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Return %1: %2</source>
        <translation>Retoure %1: %2</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <location filename="../core/storage/StoredValue.cpp" line="+7"/>
        <source>The database holds an unknown %1 &quot;%2&quot; in %3 row %4; it may have been written by a newer version of Shipshape.</source>
        <translation>Die Datenbank enthält einen unbekannten Wert für %1, „%2“, in %3, Zeile %4; er wurde möglicherweise von einer neueren Shipshape-Version geschrieben.</translation>
    </message>
</context>
<context>
    <name>StripeGateway</name>
    <message>
        <location filename="../core/payment/StripeGateway.cpp" line="+94"/>
        <source>&quot;%1&quot; is not a Stripe PaymentIntent id.</source>
        <translation>„%1“ ist keine Stripe-PaymentIntent-ID.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card payments are not configured: store the Stripe secret key first (shipshape-cli secrets set stripe).</source>
        <translation>Kartenzahlungen sind nicht eingerichtet: Speichern Sie zuerst den geheimen Stripe-Schlüssel (shipshape-cli secrets set stripe).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Stripe did not answer in time.</source>
        <translation>Stripe hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach Stripe: %1</source>
        <translation>Stripe nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Card payments are not configured: store the Stripe secret key with &quot;shipshape-cli secrets set stripe&quot; (or set SHIPSHAPE_STRIPE_SECRET_KEY).</source>
        <translation>Kartenzahlungen sind nicht eingerichtet: Speichern Sie den geheimen Stripe-Schlüssel mit „shipshape-cli secrets set stripe“ (oder setzen Sie SHIPSHAPE_STRIPE_SECRET_KEY).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment links need the page customers see after paying: set the &quot;stripe/checkoutSuccessUrl&quot; setting (or SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL) to an https address of the shop.</source>
        <translation>Zahlungslinks benötigen die Seite, die Kunden nach dem Bezahlen sehen: Setzen Sie die Einstellung &quot;stripe/checkoutSuccessUrl&quot; (oder SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL) auf eine https-Adresse des Shops.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a Stripe Checkout Session id.</source>
        <translation>„%1“ ist keine Stripe-Checkout-Session-ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card declined: insufficient funds</source>
        <translation>Karte abgelehnt: Deckung nicht ausreichend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: the card has expired</source>
        <translation>Karte abgelehnt: Die Karte ist abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: incorrect security code (CVC)</source>
        <translation>Karte abgelehnt: falscher Sicherheitscode (CVC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: incorrect card number</source>
        <translation>Karte abgelehnt: falsche Kartennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined by the bank; ask for another card</source>
        <translation>Karte von der Bank abgelehnt; bitten Sie um eine andere Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: suspected fraud</source>
        <translation>Karte abgelehnt: Betrugsverdacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: the card&apos;s limit is exceeded</source>
        <translation>Karte abgelehnt: Das Kartenlimit ist überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: the bank had a processing error; try again</source>
        <translation>Karte abgelehnt: Verarbeitungsfehler bei der Bank; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: it needs 3-D Secure authentication, which cannot be done by phone</source>
        <translation>Karte abgelehnt: Sie erfordert eine 3-D-Secure-Authentifizierung, die telefonisch nicht möglich ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined by the bank</source>
        <translation>Karte von der Bank abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card declined</source>
        <translation>Karte abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card declined: %1</source>
        <translation>Karte abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe&apos;s answer could not be understood (HTTP %1); the payment will be re-checked.</source>
        <translation>Die Antwort von Stripe war nicht verständlich (HTTP %1); die Zahlung wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The payment is processing; it will be re-checked.</source>
        <translation>Die Zahlung wird verarbeitet; sie wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe could not return the money (%1).</source>
        <translation>Stripe konnte das Geld nicht zurückzahlen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stripe reported the unexpected status &quot;%1&quot;.</source>
        <translation>Stripe hat den unerwarteten Status „%1“ gemeldet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe is rate-limiting requests; the payment will be re-checked.</source>
        <translation>Stripe begrenzt die Anfragerate; die Zahlung wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe had an internal error (HTTP %1); the payment will be re-checked.</source>
        <translation>Stripe hatte einen internen Fehler (HTTP %1); die Zahlung wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Stripe refused the request with HTTP %1 and an unreadable answer.</source>
        <translation>Stripe hat die Anfrage mit HTTP %1 und einer unlesbaren Antwort abgelehnt.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Stripe rejected the API key: check the Stripe secret key in the settings.</source>
        <translation>Stripe hat den API-Schlüssel abgelehnt: Prüfen Sie den geheimen Stripe-Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Stripe key is not allowed to do this: %1</source>
        <translation>Der Stripe-Schlüssel darf dies nicht tun: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe refused a repeated request: %1</source>
        <translation>Stripe hat eine wiederholte Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe refused the request: %1%2</source>
        <translation>Stripe hat die Anfrage abgelehnt: %1%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stripe&apos;s answer could not be understood (HTTP %1); the payment link will be re-checked.</source>
        <translation>Die Antwort von Stripe war nicht verständlich (HTTP %1); der Zahlungslink wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe&apos;s answer had no payment page address; the payment link will be re-checked.</source>
        <translation>Die Antwort von Stripe enthielt keine Adresse der Zahlungsseite; der Zahlungslink wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stripe is rate-limiting requests; the payment link will be re-checked.</source>
        <translation>Stripe begrenzt die Anfragerate; der Zahlungslink wird erneut geprüft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe had an internal error (HTTP %1); the payment link will be re-checked.</source>
        <translation>Bei Stripe ist ein interner Fehler aufgetreten (HTTP %1); der Zahlungslink wird erneut geprüft.</translation>
    </message>
</context>
<context>
    <name>StripeSettings</name>
    <message>
        <location filename="../core/payment/StripeSettings.cpp" line="+38"/>
        <source>&quot;%1&quot; is not an https address customers can be sent to after paying.</source>
        <translation>„%1“ ist keine https-Adresse, an die Kunden nach dem Bezahlen weitergeleitet werden können.</translation>
    </message>
</context>
<context>
    <name>StripeSignature</name>
    <message>
        <location filename="../core/payment/StripeSignature.cpp" line="+109"/>
        <source>The Stripe-Signature header is missing.</source>
        <translation>Der Header Stripe-Signature fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Stripe-Signature header is not &quot;t=&lt;timestamp&gt;,v1=&lt;signature&gt;&quot;.</source>
        <translation>Der Header Stripe-Signature hat nicht die Form „t=&lt;timestamp&gt;,v1=&lt;signature&gt;“.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The Stripe-Signature timestamp is more than %n second(s) away from the server&apos;s time.</source>
        <translation>
            <numerusform>Der Zeitstempel in Stripe-Signature weicht um mehr als %n Sekunde von der Serverzeit ab.</numerusform>
            <numerusform>Der Zeitstempel in Stripe-Signature weicht um mehr als %n Sekunden von der Serverzeit ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No v1 signature matches the body with this endpoint&apos;s secret.</source>
        <translation>Keine v1-Signatur passt mit dem Geheimnis dieses Endpunkts zum Body.</translation>
    </message>
</context>
<context>
    <name>StripeWebhookEvents</name>
    <message>
        <location filename="../core/payment/StripeWebhookEvents.cpp" line="+74"/>
        <source>The body is not a JSON object: %1</source>
        <translation>Der Body ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a Stripe event.</source>
        <translation>Dies ist kein Stripe-Ereignis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Stripe event id looks like evt_….</source>
        <translation>Eine Stripe-Ereignis-ID sieht aus wie evt_….</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event has no type.</source>
        <translation>Das Ereignis hat keinen Typ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event has no data.object.</source>
        <translation>Das Ereignis hat kein data.object.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Shipshape does not handle %1 events.</source>
        <translation>Shipshape verarbeitet keine %1-Ereignisse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <location line="+85"/>
        <location line="+130"/>
        <location line="+101"/>
        <source>This event was processed before.</source>
        <translation>Dieses Ereignis wurde bereits verarbeitet.</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>A %1 event carries a PaymentIntent (pi_…).</source>
        <translation>Ein %1-Ereignis enthält einen PaymentIntent (pi_…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No card charge of this shop is PaymentIntent %1 (a payment link&apos;s payment is settled by the worker&apos;s link reconciliation).</source>
        <translation>Keine Kartenbelastung dieses Shops ist PaymentIntent %1 (die Zahlung über einen Zahlungslink wird beim Link-Abgleich des Workers verbucht).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PaymentIntent %1 is not the charge order %2 asked for (amount or currency differ).</source>
        <translation>PaymentIntent %1 ist nicht die Belastung, die Bestellung %2 angefordert hat (Betrag oder Währung weichen ab).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Payment attempt %1 of order %2 was already settled.</source>
        <translation>Zahlungsversuch %1 der Bestellung %2 wurde bereits verbucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment attempt %1 of order %2 resolved (%3).</source>
        <translation>Zahlungsversuch %1 der Bestellung %2 abgeschlossen (%3).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A charge.refunded event carries a charge (ch_…).</source>
        <translation>Ein charge.refunded-Ereignis enthält eine Belastung (ch_…).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No order of this shop was paid with charge %1.</source>
        <translation>Keine Bestellung dieses Shops wurde mit der Belastung %1 bezahlt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A refund needs its id (re_…) and a positive integer amount.</source>
        <translation>Eine Erstattung braucht ihre ID (re_…) und einen positiven ganzzahligen Betrag.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A charge.refunded event needs the charge&apos;s amount_refunded as an integer.</source>
        <translation>Ein charge.refunded-Ereignis braucht amount_refunded der Belastung als ganze Zahl.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Refunded in Stripe</source>
        <translation>In Stripe erstattet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded in Stripe (%1)</source>
        <translation>In Stripe erstattet (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing new to record on order %1.</source>
        <translation>Nichts Neues für die Bestellung %1 zu erfassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Recorded %n refund(s) made in Stripe on order %1: %2 %3.</source>
        <translation>
            <numerusform>%n in Stripe geleistete Erstattung für die Bestellung %1 erfasst: %2 %3.</numerusform>
            <numerusform>%n in Stripe geleistete Erstattungen für die Bestellung %1 erfasst: %2 %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A charge.dispute.created event carries a dispute (dp_…).</source>
        <translation>Ein charge.dispute.created-Ereignis enthält einen Streitfall (dp_…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A dispute needs its amount as an integer in minor units.</source>
        <translation>Ein Streitfall braucht seinen Betrag als ganze Zahl in der kleinsten Währungseinheit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No order of this shop was paid with the disputed charge %1.</source>
        <translation>Keine Bestellung dieses Shops wurde mit der strittigen Belastung %1 bezahlt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dispute opened: %1, %2 %3</source>
        <translation>Streitfall eröffnet: %1, %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../core/tags/Tag.cpp" line="+24"/>
        <source>Give at least one tag.</source>
        <translation>Geben Sie mindestens einen Tag an.</translation>
    </message>
</context>
<context>
    <name>TaxRateRepository</name>
    <message>
        <location filename="../core/pricing/TaxRateRepository.cpp" line="+38"/>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166-1, e.g. DE).</source>
        <translation>„%1“ ist kein zweistelliger Ländercode (ISO 3166-1, z. B. DE).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A tax rate is between 0 and 100 % (got %1 %).</source>
        <translation>Ein Steuersatz liegt zwischen 0 und 100 % (erhalten: %1 %).</translation>
    </message>
</context>
<context>
    <name>TaxService</name>
    <message>
        <location filename="../core/pricing/TaxService.cpp" line="+38"/>
        <source>There is no %1 tax rate for %2%3.</source>
        <translation>Es gibt keinen Steuersatz der Klasse %1 für %2%3.</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <location filename="../core/notification/TemplateRenderer.cpp" line="+82"/>
        <source>Unclosed tag at offset %1.</source>
        <translation>Nicht geschlossenes Tag an Offset %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty tag at offset %1.</source>
        <translation>Leeres Tag an Offset %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section &quot;%1&quot; is never closed.</source>
        <translation>Abschnitt „%1“ wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Unknown template value &quot;%1&quot;.</source>
        <translation>Unbekannter Vorlagenwert „%1“.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unexpected &quot;{{%1}}&quot;.</source>
        <translation>Unerwartetes „{{%1}}“.</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../core/common/TextField.cpp" line="+11"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 must be a single line without control characters.</source>
        <translation>%1 muss eine einzelne Zeile ohne Steuerzeichen sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 contains control characters.</source>
        <translation>%1 enthält Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>TwilioInboundSms</name>
    <message>
        <location filename="../core/notification/TwilioInboundSms.cpp" line="+63"/>
        <source>MessageSid is two capital letters and 32 hexadecimal digits (SM…).</source>
        <translation>MessageSid besteht aus zwei Großbuchstaben und 32 Hexadezimalziffern (SM…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message names no sender (From).</source>
        <translation>Die Nachricht nennt keinen Absender (From).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The sender is not a phone number in E.164; nothing was recorded.</source>
        <translation>Der Absender ist keine Telefonnummer im Format E.164; nichts wurde erfasst.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This message was processed before.</source>
        <translation>Diese Nachricht wurde bereits verarbeitet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer replied STOP (Twilio message %1).</source>
        <translation>Der Kunde hat mit STOP geantwortet (Twilio-Nachricht %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Opted out of SMS: %n customer(s) with this number, </source>
        <translation>
            <numerusform>SMS abbestellt: %n Kunde mit dieser Nummer, </numerusform>
            <numerusform>SMS abbestellt: %n Kunden mit dieser Nummer, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n queued message(s) dropped.</source>
        <translation>
            <numerusform>%n wartende Nachricht verworfen.</numerusform>
            <numerusform>%n wartende Nachrichten verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Opted in to SMS again: %n customer(s) with this number.</source>
        <translation>
            <numerusform>SMS wieder angemeldet: %n Kunde mit dieser Nummer.</numerusform>
            <numerusform>SMS wieder angemeldet: %n Kunden mit dieser Nummer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded; this message changes nothing.</source>
        <translation>Erfasst; diese Nachricht ändert nichts.</translation>
    </message>
</context>
<context>
    <name>TwilioSignature</name>
    <message>
        <location filename="../core/notification/TwilioSignature.cpp" line="+74"/>
        <source>A form field has no name, or a name that is not UTF-8.</source>
        <translation>Ein Formularfeld hat keinen Namen oder einen Namen, der kein UTF-8 ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of form field %1 is not UTF-8.</source>
        <translation>Der Wert des Formularfelds %1 ist kein UTF-8.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The signature is valid.</source>
        <translation>Die Signatur ist gültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has no X-Twilio-Signature header.</source>
        <translation>Die Anfrage hat keinen X-Twilio-Signature-Header.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X-Twilio-Signature does not match this URL, these fields and the Twilio auth token.</source>
        <translation>Die X-Twilio-Signature passt nicht zu dieser URL, diesen Feldern und dem Twilio-Auth-Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Twilio auth token is configured to check the signature with: store it with &quot;shipshape-cli secrets set twilio&quot; (or set SHIPSHAPE_TWILIO_AUTH_TOKEN).</source>
        <translation>Es ist kein Twilio-Auth-Token eingerichtet, mit dem die Signatur geprüft werden kann: Speichern Sie es mit „shipshape-cli secrets set twilio“ (oder setzen Sie SHIPSHAPE_TWILIO_AUTH_TOKEN).</translation>
    </message>
</context>
<context>
    <name>UnitOfWork</name>
    <message>
        <location filename="../core/storage/UnitOfWork.cpp" line="+79"/>
        <source>The connection to the database was lost; the change was not saved.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen; die Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>WebhookEndpoints</name>
    <message>
        <location filename="../core/notification/WebhookEndpoints.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a URL.</source>
        <translation>„%1“ ist keine URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A webhook URL has at most 2000 characters.</source>
        <translation>Eine Webhook-URL hat höchstens 2000 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A webhook URL has no user, password or fragment.</source>
        <translation>Eine Webhook-URL enthält keinen Benutzer, kein Passwort und kein Fragment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A webhook URL must use https (plain http only to this computer).</source>
        <translation>Eine Webhook-URL muss https verwenden (einfaches http nur zu diesem Rechner).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name at least one event.</source>
        <translation>Geben Sie mindestens ein Ereignis an.</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+14"/>
        <source>No webhook endpoint %1.</source>
        <translation>Kein Webhook-Endpunkt %1.</translation>
    </message>
</context>
<context>
    <name>WebhookEventTypes</name>
    <message>
        <location filename="../core/notification/WebhookEvent.cpp" line="+54"/>
        <source>Unknown webhook event &quot;%1&quot;; the events are %2.</source>
        <translation>Unbekanntes Webhook-Ereignis „%1“; mögliche Ereignisse: %2.</translation>
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <location filename="../core/notification/WebhookOutbox.cpp" line="+185"/>
        <source>The page size must be 1 to 10000.</source>
        <translation>Die Seitengröße muss 1 bis 10000 betragen.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No webhook delivery %1.</source>
        <translation>Keine Webhook-Zustellung %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook delivery %1 cannot be retried: its endpoint was removed.</source>
        <translation>Die Webhook-Zustellung %1 kann nicht wiederholt werden: Ihr Endpunkt wurde entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook delivery %1 is %2; only a failed or retrying one can be retried.</source>
        <translation>Die Webhook-Zustellung %1 ist %2; nur eine fehlgeschlagene oder eine, die gerade wiederholt wird, kann erneut versucht werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+45"/>
        <source>Shipshape</source>
        <translation>Shipshape</translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="+34"/>
        <source>Order management back-office</source>
        <translation>Back-Office für Bestellverwaltung</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation>Datenbank: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DB.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an archive written by shipshape-cli archive export, read-only, instead of a database.</source>
        <translation>Ein mit shipshape-cli archive export geschriebenes Archiv schreibgeschützt statt einer Datenbank öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation>Fenster als PNG-Datei rendern und beenden.</translation>
    </message>
    <message>
        <source>View to show: dashboard, orders, customers, inventory, outbox, settings or order:NUMBER.</source>
        <translation type="vanished">Anzuzeigende Ansicht: dashboard, orders, customers, inventory, outbox, settings oder order:NUMMER.</translation>
    </message>
    <message>
        <source>View to show: dashboard, orders, customers, inventory, outbox, returns, settings or order:NUMBER.</source>
        <translation type="vanished">Anzuzeigende Ansicht: dashboard, orders, customers, inventory, outbox, returns, settings oder order:NUMMER.</translation>
    </message>
    <message>
        <source>View to show: dashboard, orders, customers, inventory, outbox, returns, settings, pack or order:NUMBER.</source>
        <translation type="vanished">Anzuzeigende Ansicht: dashboard, orders, customers, inventory, outbox, returns, settings, pack oder order:NUMMER.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View to show: dashboard, orders, customers, inventory, outbox, returns, settings, pack, counts or order:NUMBER.</source>
        <translation>Anzuzeigende Ansicht: dashboard, orders, customers, inventory, outbox, returns, settings, pack, counts oder order:NUMMER.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance for this run: light, dark or desktop (the desktop&apos;s own); without it, the one chosen on the Settings page.</source>
        <translation>Darstellung für diesen Lauf: light, dark oder desktop (die des Desktops); ohne Angabe die auf der Seite „Einstellungen“ gewählte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Displays the version and the commit it was built from.</source>
        <translation>Zeigt die Version und den Commit an, aus dem sie gebaut wurde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the window was closed, or the screenshot written</source>
        <translation>das Fenster wurde geschlossen oder der Screenshot geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an option was not understood, or the screenshot could not be written</source>
        <translation>eine Option wurde nicht verstanden oder der Screenshot konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--view names no view of this version, or --appearance no appearance</source>
        <translation>--view nennt keine Ansicht dieser Version, oder --appearance keine Darstellung</translation>
    </message>
    <message>
        <source>--view names no view of this version</source>
        <translation type="vanished">--view nennt keine Ansicht dieser Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database or archive could not be opened (the message names it and why)</source>
        <translation>die Datenbank oder das Archiv konnte nicht geöffnet werden (die Meldung nennt Ziel und Grund)</translation>
    </message>
    <message>
        <source>the database could not be opened (the message names it and why)</source>
        <translation type="vanished">die Datenbank konnte nicht geöffnet werden (die Meldung nennt sie und den Grund)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+57"/>
        <source>Unknown appearance &quot;%1&quot; (use light, dark or desktop).</source>
        <translation>Unbekannte Darstellung „%1“ (light, dark oder desktop verwenden).</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Unknown view &quot;%1&quot;; this version has: %2.</source>
        <translation>Unbekannte Ansicht „%1“; diese Version bietet: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln email(s) waiting: %1</source>
        <translation>
            <numerusform>%Ln E-Mail wartet: %1</numerusform>
            <numerusform>%Ln E-Mails warten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emails: %L1 sent, %L2 to retry, %L3 failed</source>
        <translation>E-Mails: %L1 gesendet, %L2 zu wiederholen, %L3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Background work failed: %1</source>
        <translation>Hintergrundverarbeitung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>shipshape::BulkProgressDialog</name>
    <message>
        <location filename="../ui/bulk/BulkProgressDialog.cpp" line="+27"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result per order</source>
        <translation>Ergebnis je Bestellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop after the order being worked on</source>
        <translation>Nach der aktuell bearbeiteten Bestellung anhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping after the current order…</source>
        <translation>Wird nach der aktuellen Bestellung angehalten…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%L1 of %Ln order(s)…</source>
        <translation>
            <numerusform>%L1 von %Ln Bestellung…</numerusform>
            <numerusform>%L1 von %Ln Bestellungen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln order(s) done</source>
        <translation>
            <numerusform>%Ln Bestellung erledigt</numerusform>
            <numerusform>%Ln Bestellungen erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>cancelled, %Ln order(s) not attempted</source>
        <translation>
            <numerusform>abgebrochen, %Ln Bestellung nicht versucht</numerusform>
            <numerusform>abgebrochen, %Ln Bestellungen nicht versucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::BulkResultModel</name>
    <message>
        <location filename="../ui/bulk/BulkResultModel.cpp" line="+49"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>shipshape::BulkShipDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkShipDialog.cpp" line="+31"/>
        <source>Ship %Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung versenden</numerusform>
            <numerusform>%Ln Bestellungen versenden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carrier for all orders</source>
        <translation>Versanddienstleister für alle Bestellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders to ship</source>
        <translation>Zu versendende Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not shipped (%Ln order(s)):</source>
        <translation>
            <numerusform>Nicht versendet (%Ln Bestellung):</numerusform>
            <numerusform>Nicht versendet (%Ln Bestellungen):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier for all:</source>
        <translation>Versanddienstleister für alle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the tracking number of each parcel:</source>
        <translation>Geben Sie die Sendungsnummer jedes Pakets ein:</translation>
    </message>
</context>
<context>
    <name>shipshape::CancelLinesDialog</name>
    <message>
        <location filename="../ui/views/CancelLinesDialog.cpp" line="+28"/>
        <source>Cancel lines of order #%1</source>
        <translation>Positionen der Bestellung #%1 stornieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes unshipped units off the order and releases their stock. The order is priced again; what was paid beyond the new total (now %1) becomes the refund owed.</source>
        <translation>Entfernt nicht versendete Einheiten aus der Bestellung und gibt ihren Bestand frei. Die Bestellung wird neu berechnet; was über die neue Gesamtsumme (jetzt %1) hinaus bezahlt wurde, wird zur offenen Erstattung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Stornieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines to cancel</source>
        <translation>Zu stornierende Positionen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel reason</source>
        <translation>Stornogrund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for the timeline</source>
        <translation>Optional, für den Verlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+116"/>
        <source>Choose how many units of each line to cancel.</source>
        <translation>Wählen Sie, wie viele Einheiten jeder Position storniert werden sollen.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Cancel units</source>
        <translation>Einheiten stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the chosen units</source>
        <translation>Die ausgewählten Einheiten stornieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep lines</source>
        <translation>Positionen behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Units cancelled. The order&apos;s total is now %1 (was %2).</source>
        <translation>Einheiten storniert. Die Gesamtsumme der Bestellung beträgt jetzt %1 (vorher %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund owed: %1 — settle it with Refund…, Record refund… or Keep as credit….</source>
        <translation>Offene Erstattung: %1 — begleichen Sie sie mit „Erstatten…“, „Erstattung erfassen…“ oder „Als Guthaben behalten…“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No refund is owed; the customer still owes %1.</source>
        <translation>Keine Erstattung offen; der Kunde schuldet noch %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No refund is owed.</source>
        <translation>Keine Erstattung offen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the new total…</source>
        <translation>Neue Gesamtsumme wird berechnet…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This cancel cannot be made: %1</source>
        <translation>Diese Stornierung ist nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>After the cancel the order&apos;s total is %1 (now %2); %n reserved unit(s) go back to stock.</source>
        <translation>
            <numerusform>Nach der Stornierung beträgt die Gesamtsumme der Bestellung %1 (jetzt %2); %n reservierte Einheit geht zurück in den Bestand.</numerusform>
            <numerusform>Nach der Stornierung beträgt die Gesamtsumme der Bestellung %1 (jetzt %2); %n reservierte Einheiten gehen zurück in den Bestand.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund owed then: %1.</source>
        <translation>Dann offene Erstattung: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer would still owe %1.</source>
        <translation>Der Kunde würde noch %1 schulden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No refund would be owed.</source>
        <translation>Es wäre keine Erstattung offen.</translation>
    </message>
</context>
<context>
    <name>shipshape::ChartPanel</name>
    <message>
        <location filename="../ui/views/ChartPanel.cpp" line="+30"/>
        <source>Save PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart “%1” as a PNG image</source>
        <translation>Das Diagramm „%1“ als PNG-Bild speichern</translation>
    </message>
</context>
<context>
    <name>shipshape::CountsView</name>
    <message>
        <location filename="../ui/views/CountsView.cpp" line="+52"/>
        <source>&amp;New count…</source>
        <translation>&amp;Neue Zählung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel count</source>
        <translation>Zählung stornieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show counts</source>
        <translation>Zählungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open counts</source>
        <translation>Offene Zählungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All counts</source>
        <translation>Alle Zählungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an item (SKU or barcode): one unit each</source>
        <translation>Einen Artikel scannen (SKU oder Barcode): je eine Einheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products of the count</source>
        <translation>Produkte der Zählung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approve count #%1</source>
        <translation>Zählung #%1 genehmigen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Post %n correction(s) to the stock ledger and close count #%1?</source>
        <translation>
            <numerusform>%n Korrektur ins Bestandsjournal buchen und Zählung #%1 schließen?</numerusform>
            <numerusform>%n Korrekturen ins Bestandsjournal buchen und Zählung #%1 schließen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel count #%1</source>
        <translation>Zählung #%1 stornieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close count #%1 without changing any stock?</source>
        <translation>Zählung #%1 schließen, ohne Bestand zu ändern?</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Count #%1 started: scan or type what the shelf holds.</source>
        <translation>Zählung #%1 begonnen: scannen oder tippen Sie, was das Regal enthält.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>✓ %1 counted %2</source>
        <translation>✓ %1 gezählt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ %1 counted %2 (variance %3)</source>
        <translation>✓ %1 gezählt %2 (Abweichung %3)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Count #%1 approved.</source>
        <translation>Zählung #%1 genehmigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Count #%1 approved: %n correction(s) posted to the stock ledger.</source>
        <translation>
            <numerusform>Zählung #%1 genehmigt: %n Korrektur ins Bestandsjournal gebucht.</numerusform>
            <numerusform>Zählung #%1 genehmigt: %n Korrekturen ins Bestandsjournal gebucht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Count #%1 cancelled; no stock was changed.</source>
        <translation>Zählung #%1 storniert; kein Bestand wurde geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Count products on the shelf</source>
        <translation>Produkte im Regal zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login may not edit stock.</source>
        <translation>Dieses Login darf den Bestand nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post each difference to the stock ledger and close the count</source>
        <translation>Jede Abweichung ins Bestandsjournal buchen und die Zählung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin approves a count.</source>
        <translation>Nur ein Admin genehmigt eine Zählung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No count selected: start one with New count…</source>
        <translation>Keine Zählung ausgewählt: beginnen Sie eine mit Neue Zählung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count #%1 (%2): %3 of %4 counted%5</source>
        <translation>Zählung #%1 (%2): %3 von %4 gezählt%5</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>shipshape::CustomerOrdersModel</name>
    <message>
        <location filename="../ui/models/CustomerOrdersModel.cpp" line="+24"/>
        <source>%1 refunded</source>
        <translation>%1 erstattet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
</context>
<context>
    <name>shipshape::CustomerSearchField</name>
    <message>
        <location filename="../ui/views/CustomerSearchField.cpp" line="+22"/>
        <source>Find a customer by name or email</source>
        <translation>Kunden nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by name or email…</source>
        <translation>Nach Name oder E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer lookup failed: %1</source>
        <translation>Kundensuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>shipshape::CustomerTableModel</name>
    <message>
        <location filename="../ui/models/CustomerTableModel.cpp" line="+87"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln storniert</numerusform>
            <numerusform>%Ln storniert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order totals less refunds, without cancelled orders</source>
        <translation>Bestellsummen abzüglich Erstattungen, ohne stornierte Bestellungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime spend</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
</context>
<context>
    <name>shipshape::CustomersView</name>
    <message>
        <location filename="../ui/views/CustomersView.cpp" line="+39"/>
        <source>Search name or email…</source>
        <translation>Name oder E-Mail suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+302"/>
        <source>Select a customer</source>
        <translation>Wählen Sie einen Kunden aus</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Mobile number…</source>
        <translation>Mobilnummer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the customer&apos;s mobile number</source>
        <translation>Mobilnummer des Kunden festlegen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders of the selected customer</source>
        <translation>Bestellungen des ausgewählten Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an order to open it</source>
        <translation>Doppelklicken Sie auf eine Bestellung, um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>‹ Previous</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page of orders</source>
        <translation>Vorherige Seite der Bestellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page of orders</source>
        <translation>Nächste Seite der Bestellungen</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customers could not be read.</source>
        <translation>Die Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customers yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A customer is added with their first order.</source>
        <translation>Ein Kunde wird mit seiner ersten Bestellung angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customers match “%1”.</source>
        <translation>Keine Kunden entsprechen „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search looks at names and email addresses.</source>
        <translation>Die Suche berücksichtigt Namen und E-Mail-Adressen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a customer to see their orders.</source>
        <translation>Wählen Sie einen Kunden aus, um seine Bestellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no orders yet.</source>
        <translation>%1 hat noch keine Bestellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%Ln cancelled)</source>
        <translation>
            <numerusform> (%Ln storniert)</numerusform>
            <numerusform> (%Ln storniert)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Mobile number</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile number of %1 for SMS status messages, with + and the country code or as dialled in the shop&apos;s region. Leave it empty to remove it.</source>
        <translation>Mobilnummer von %1 für SMS-Statusmeldungen, mit + und Ländervorwahl oder so, wie sie in der Region des Shops gewählt wird. Leer lassen, um sie zu entfernen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No mobile number: no SMS status messages.</source>
        <translation>Keine Mobilnummer: keine SMS-Statusmeldungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS to %1: opted out (replied STOP) on %2; none are sent until they reply START.</source>
        <translation>SMS an %1: am %2 abbestellt (mit STOP geantwortet); bis zu einer Antwort mit START werden keine gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS status messages go to %1.</source>
        <translation>SMS-Statusmeldungen gehen an %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set or remove the mobile number for SMS status messages</source>
        <translation>Mobilnummer für SMS-Statusmeldungen festlegen oder entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not change customers.</source>
        <translation>Ihre Anmeldung darf Kunden nicht ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %L1 of %L2</source>
        <translation>Seite %L1 von %L2</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · spent %1</source>
        <translation> · Umsatz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · customer since %1</source>
        <translation> · Kunde seit %1</translation>
    </message>
</context>
<context>
    <name>shipshape::CycleCountLineModel</name>
    <message>
        <location filename="../ui/models/CycleCountLineModel.cpp" line="+112"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Units shipped, received or corrected between the start of the count and its entry; they are not variance.</source>
        <translation>Zwischen Beginn der Zählung und ihrer Erfassung versandte, eingegangene oder korrigierte Einheiten; sie sind keine Abweichung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted to the stock ledger (row %1).</source>
        <translation>Ins Bestandsjournal gebucht (Zeile %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1</source>
        <translation>Barcode %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved during count</source>
        <translation>Während der Zählung bewegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>shipshape::CycleCountListModel</name>
    <message>
        <location filename="../ui/models/CycleCountListModel.cpp" line="+66"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Count</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differing</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>shipshape::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+73"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the dashboard</source>
        <translation>Dashboard wird berechnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute the dashboard</source>
        <translation>Dashboard neu berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export KPIs as CSV…</source>
        <translation>KPIs als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the KPI figures as CSV</source>
        <translation>Die KPI-Werte als CSV exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>KPI figures</source>
        <translation>KPI-Werte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI table</source>
        <translation>KPI-Tabelle</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Revenue and orders per day</source>
        <translation>Umsatz und Bestellungen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by status</source>
        <translation>Bestellungen nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top products by units</source>
        <translation>Top-Produkte nach Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <location line="+9"/>
        <source>Low stock against threshold</source>
        <translation>Niedriger Bestand im Vergleich zur Schwelle</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Placement time distribution</source>
        <translation>Verteilung der Dauer der Bestellaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top return reasons by units</source>
        <translation>Häufigste Retourengründe nach Einheiten</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The period must start on or before its last day (%1 is after %2).</source>
        <translation>Der Zeitraum muss am oder vor seinem letzten Tag beginnen (%1 liegt nach %2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 – %2 (UTC days), compared with %3 – %4</source>
        <translation>%1 – %2 (UTC-Tage), verglichen mit %3 – %4</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The dashboard could not be computed: %1</source>
        <translation>Das Dashboard konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures could not be computed.</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No orders were placed from %1 to %2. The figures are zero and the charts stay empty until orders come in; choose a longer period to see earlier orders.</source>
        <translation>Von %1 bis %2 wurden keine Bestellungen aufgegeben. Die Werte sind null und die Diagramme bleiben leer, bis Bestellungen eingehen; wählen Sie einen längeren Zeitraum, um frühere Bestellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>no refunds</source>
        <translation type="vanished">keine Erstattungen</translation>
    </message>
    <message>
        <source>after %1 refunded</source>
        <translation type="vanished">nach Erstattungen von %1</translation>
    </message>
    <message>
        <source>%1 confirmed · %2 cancelled</source>
        <translation type="vanished">%1 bestätigt · %2 storniert</translation>
    </message>
    <message numerus="yes">
        <source>over %Ln confirmed order(s)</source>
        <translation type="vanished">
            <numerusform>aus %Ln bestätigten Bestellung</numerusform>
            <numerusform>aus %Ln bestätigten Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln placement(s) confirmed · target %2</source>
        <translation type="vanished">
            <numerusform>%1 von %Ln Bestellaufgabe bestätigt · Ziel %2</numerusform>
            <numerusform>%1 von %Ln Bestellaufgaben bestätigt · Ziel %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln card payment(s) failed</source>
        <translation type="vanished">
            <numerusform>%1 von %Ln Kartenzahlung fehlgeschlagen</numerusform>
            <numerusform>%1 von %Ln Kartenzahlungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2 (%3): %4</source>
        <translation type="vanished">%1 × %2 (%3): %4</translation>
    </message>
    <message>
        <source>no confirmed orders in this period</source>
        <translation type="vanished">keine bestätigten Bestellungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>no placement attempts recorded in this period · target %1</source>
        <translation type="vanished">keine Bestellversuche in diesem Zeitraum erfasst · Ziel %1</translation>
    </message>
    <message>
        <source>no placements timed in this period · %1</source>
        <translation type="vanished">keine Bestellaufgaben in diesem Zeitraum gemessen · %1</translation>
    </message>
    <message>
        <source>no card payments in this period</source>
        <translation type="vanished">keine Kartenzahlungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1&#xa0;%2</source>
        <translation type="vanished">%1&#xa0;%2</translation>
    </message>
    <message>
        <source>top: %1</source>
        <translation type="vanished">am häufigsten: %1</translation>
    </message>
    <message>
        <source>Show the orders cancelled after a declined payment</source>
        <translation type="vanished">Die nach einer abgelehnten Zahlung stornierten Bestellungen anzeigen</translation>
    </message>
    <message>
        <source>%1 of the orders placed</source>
        <translation type="vanished">%1 der aufgegebenen Bestellungen</translation>
    </message>
    <message>
        <source>no orders placed in this period</source>
        <translation type="vanished">keine Bestellungen in diesem Zeitraum aufgegeben</translation>
    </message>
    <message>
        <source>%1 failed · %2 waiting</source>
        <translation type="vanished">%1 fehlgeschlagen · %2 wartend</translation>
    </message>
    <message>
        <source>oldest waiting %1 · now, whatever the period</source>
        <translation type="vanished">älteste wartet seit %1 · aktuell, unabhängig vom Zeitraum</translation>
    </message>
    <message>
        <source>nothing waiting · now, whatever the period</source>
        <translation type="vanished">nichts wartend · aktuell, unabhängig vom Zeitraum</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No orders were placed in this period.</source>
        <translation>In diesem Zeitraum wurden keine Bestellungen aufgegeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No products were sold in this period.</source>
        <translation>In diesem Zeitraum wurden keine Produkte verkauft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No product is at or below its low-stock threshold.</source>
        <translation>Kein Produkt liegt auf oder unter seiner Schwelle für niedrigen Bestand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low stock against threshold (lowest %1 of %2)</source>
        <translation>Niedriger Bestand im Vergleich zur Schwelle (niedrigste %1 von %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No returns were opened in this period.</source>
        <translation>In diesem Zeitraum wurden keine Retouren angelegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No order placements were timed in this period.</source>
        <translation>In diesem Zeitraum wurden keine Bestellaufgaben gemessen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Could not save %1 to %2.</source>
        <translation>%1 konnte nicht unter %2 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chart</source>
        <translation>das Diagramm</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export KPIs as CSV</source>
        <translation>KPIs als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the KPI figures</source>
        <translation>die KPI-Werte</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="vanished">Ziel %1</translation>
    </message>
</context>
<context>
    <name>shipshape::DeliverDialog</name>
    <message>
        <location filename="../ui/views/DeliverDialog.cpp" line="+22"/>
        <source>Mark parcels of order #%1 delivered</source>
        <translation>Pakete der Bestellung #%1 als zugestellt markieren</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n parcel(s) of this order are on their way. Which one arrived?</source>
        <translation>
            <numerusform>%n Paket dieser Bestellung ist unterwegs. Welches ist angekommen?</numerusform>
            <numerusform>%n Pakete dieser Bestellung sind unterwegs. Welches ist angekommen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Every parcel on its way (%n)</source>
        <translation>
            <numerusform>Jedes Paket, das unterwegs ist (%n)</numerusform>
            <numerusform>Alle Pakete, die unterwegs sind (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: %2 — %3</source>
        <translation>Paket %1: %2 — %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark delivered</source>
        <translation>Als zugestellt markieren</translation>
    </message>
</context>
<context>
    <name>shipshape::DiagnosticsDialog</name>
    <message>
        <location filename="../ui/windows/DiagnosticsDialog.cpp" line="+72"/>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnostics report</source>
        <translation>Diagnosebericht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the database, the providers and this machine…</source>
        <translation>Datenbank, Anbieter und dieser Rechner werden geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every check passed (%1).</source>
        <translation>Alle Prüfungen bestanden (%1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check(s) need attention: each says what to do.</source>
        <translation>
            <numerusform>%n Prüfung erfordert Aufmerksamkeit: Sie nennt, was zu tun ist.</numerusform>
            <numerusform>%n Prüfungen erfordern Aufmerksamkeit: Jede nennt, was zu tun ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::DiagnosticsModel</name>
    <message>
        <location filename="../ui/models/DiagnosticsModel.cpp" line="+43"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found, or what to do</source>
        <translation>Befund oder was zu tun ist</translation>
    </message>
</context>
<context>
    <name>shipshape::DiscountRowEditor</name>
    <message>
        <location filename="../ui/views/DiscountRowEditor.cpp" line="+19"/>
        <source>% off</source>
        <translation>% Rabatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount off</source>
        <translation>Festbetrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole order</source>
        <translation>Ganze Bestellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or staff reason</source>
        <translation>oder interner Grund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Discount %1 kind</source>
        <translation>Rabatt %1: Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 value</source>
        <translation>Rabatt %1: Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 applies to</source>
        <translation>Rabatt %1: gilt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 code</source>
        <translation>Rabatt %1: Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 reason</source>
        <translation>Rabatt %1: Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove discount %1</source>
        <translation>Rabatt %1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this discount</source>
        <translation>Diesen Rabatt entfernen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (not on the order)</source>
        <translation>%1 (nicht in der Bestellung)</translation>
    </message>
</context>
<context>
    <name>shipshape::DraftAdjustmentsPanel</name>
    <message>
        <location filename="../ui/views/DraftAdjustmentsPanel.cpp" line="+27"/>
        <source>Discounts and shipping</source>
        <translation>Rabatte und Versand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No discounts.</source>
        <translation>Keine Rabatte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add discount</source>
        <translation>Rabatt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a discount</source>
        <translation>Einen Rabatt hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method, e.g. Parcel</source>
        <translation>Versandart, z. B. Paket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping fee</source>
        <translation>Versandgebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee, e.g. 4.95</source>
        <translation>Gebühr, z. B. 4.95</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipping:</source>
        <translation>Versand:</translation>
    </message>
</context>
<context>
    <name>shipshape::DraftCheckoutForm</name>
    <message>
        <location filename="../ui/views/DraftCheckoutForm.cpp" line="+52"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <source>Existing customer</source>
        <translation>Bestehender Kunde</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+11"/>
        <location line="+76"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send payment link (card)</source>
        <translation>Zahlungslink senden (Karte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card token</source>
        <translation>Karten-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider token, e.g. tok_visa</source>
        <translation>Token des Anbieters, z. B. tok_visa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card payments are charged when the order is placed; invoice, bank transfer and cash orders hold their stock until staff mark them paid.</source>
        <translation>Kartenzahlungen werden bei der Bestellaufgabe belastet; bei Rechnung, Banküberweisung und Barzahlung bleibt der Bestand reserviert, bis Mitarbeiter die Bestellung als bezahlt markieren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Method:</source>
        <translation>Erstattungsart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>When the order is placed, the customer is emailed a link to pay by card. The order holds its stock until the link expires.</source>
        <translation>Nach dem Aufgeben der Bestellung erhält der Kunde per E-Mail einen Link, um per Karte zu bezahlen. Die Bestellung hält ihren Bestand, bis der Link abläuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the order is placed, %1 is emailed a link to pay by card. The order holds its stock until the link expires.</source>
        <translation>Nach dem Aufgeben der Bestellung erhält %1 per E-Mail einen Link, um per Karte zu bezahlen. Die Bestellung hält ihren Bestand, bis der Link abläuft.</translation>
    </message>
</context>
<context>
    <name>shipshape::DraftLineModel</name>
    <message>
        <location filename="../ui/models/DraftLineModel.cpp" line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>In stock</source>
        <translation>Am Lager</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>shipshape::DraftListModel</name>
    <message>
        <location filename="../ui/models/DraftListModel.cpp" line="+51"/>
        <source>(no customer yet)</source>
        <translation>(noch kein Kunde)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>shipshape::DraftListPanel</name>
    <message>
        <location filename="../ui/views/DraftListPanel.cpp" line="+18"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved drafts</source>
        <translation>Gespeicherte Entwürfe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new order</source>
        <translation>Neue Bestellung beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the selected draft</source>
        <translation>Ausgewählten Entwurf fortsetzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the selected draft</source>
        <translation>Ausgewählten Entwurf verwerfen</translation>
    </message>
</context>
<context>
    <name>shipshape::DraftTotalsView</name>
    <message>
        <location filename="../ui/views/DraftTotalsView.cpp" line="+18"/>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 on %2</source>
        <translation>Rabatt %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Total unavailable: %1</source>
        <translation>Gesamt nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Subtotal (%n item(s))</source>
        <translation>
            <numerusform>Zwischensumme (%n Artikel)</numerusform>
            <numerusform>Zwischensumme (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the discount or shipping fee marked in red to see the total.</source>
        <translation>Korrigieren Sie die rot markierte Angabe (Rabatt oder Versandgebühr), um die Gesamtsumme zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipping · %1</source>
        <translation>Versand · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. %1 %2 %</source>
        <translation>inkl. %1 %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices include tax.</source>
        <translation>Die Preise enthalten die Steuer.</translation>
    </message>
</context>
<context>
    <name>shipshape::ImportIssueModel</name>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="+33"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>shipshape::InventoryView</name>
    <message>
        <source>Search SKU or name…</source>
        <translation type="vanished">SKU oder Name suchen…</translation>
    </message>
    <message>
        <location filename="../ui/views/InventoryView.cpp" line="+42"/>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low stock only</source>
        <translation>Nur niedriger Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only products low on stock</source>
        <translation>Nur Produkte mit niedrigem Bestand anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replenish…</source>
        <translation>Wareneingang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replenish the selected product</source>
        <translation>Ausgewähltes Produkt nachfüllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record stock that arrived for the selected product</source>
        <translation>Eingegangenen Bestand für das ausgewählte Produkt erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+123"/>
        <source>Read-only: your login may look at stock but not change it.</source>
        <translation>Nur Lesezugriff: Ihre Anmeldung darf den Bestand ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+233"/>
        <source>Stock movements</source>
        <translation>Bestandsbewegungen</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Stock movements of the selected product</source>
        <translation>Bestandsbewegungen des ausgewählten Produkts</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%Ln product(s) low on stock</source>
        <translation>
            <numerusform>%Ln Produkt mit niedrigem Bestand</numerusform>
            <numerusform>%Ln Produkte mit niedrigem Bestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The products could not be read.</source>
        <translation>Die Produkte konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show all products</source>
        <translation>Alle Produkte anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products in the catalogue yet.</source>
        <translation>Noch keine Produkte im Katalog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add products with “shipshape-cli products add”; they are listed here with their stock.</source>
        <translation>Fügen Sie Produkte mit „shipshape-cli products add“ hinzu; sie werden hier mit ihrem Bestand aufgelistet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products are low on stock.</source>
        <translation>Keine Produkte mit niedrigem Bestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product has more available than its low-stock threshold.</source>
        <translation>Für jedes Produkt ist mehr verfügbar als seine Schwelle für niedrigen Bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products match “%1”.</source>
        <translation>Keine Produkte entsprechen „%1“.</translation>
    </message>
    <message>
        <source>The search looks at SKUs and product names.</source>
        <translation type="vanished">Die Suche berücksichtigt SKUs und Produktnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No products low on stock match “%1”.</source>
        <translation>Keine Produkte mit niedrigem Bestand entsprechen „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a product to see how its stock changed.</source>
        <translation>Wählen Sie ein Produkt aus, um zu sehen, wie sich sein Bestand geändert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stock movements of %1 yet.</source>
        <translation>Noch keine Bestandsbewegungen von %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Stock movements of %1 — %2 (latest %L3)</source>
        <translation>Bestandsbewegungen von %1 — %2 (letzte %L3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why is the stock of %1 changing from %L2 to %L3? (for example: cycle count, damaged)</source>
        <translation>Warum ändert sich der Bestand von %1 von %L2 auf %L3? (z. B. Inventur, beschädigt)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stock of %1 set to %L2.</source>
        <translation>Bestand von %1 auf %L2 gesetzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low-stock threshold of %1 set to %L2.</source>
        <translation>Schwelle für niedrigen Bestand von %1 auf %L2 gesetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Barcode of %1 removed.</source>
        <translation>Barcode von %1 entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode of %1 set to %2.</source>
        <translation>Barcode von %1 auf %2 gesetzt.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 received %L2; %L3 on hand.</source>
        <translation>%1: %L2 eingegangen; %L3 am Lager.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Search SKU, name or barcode…</source>
        <translation>SKU, Name oder Barcode suchen…</translation>
    </message>
    <message>
        <location line="+240"/>
        <source>The search looks at SKUs, product names and whole barcodes.</source>
        <translation>Die Suche berücksichtigt SKUs, Produktnamen und vollständige Barcodes.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+20"/>
        <source>Stock movements of %1 — %2</source>
        <translation>Bestandsbewegungen von %1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Correct the stock of %1</source>
        <translation>Bestand von %1 korrigieren</translation>
    </message>
</context>
<context>
    <name>shipshape::KpiCard</name>
    <message>
        <location filename="../ui/views/KpiCard.cpp" line="+109"/>
        <source>Change against the previous period of the same length</source>
        <translation>Veränderung gegenüber dem gleich langen Vorzeitraum</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show the orders this figure counts</source>
        <translation>Die von diesem Wert gezählten Bestellungen anzeigen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>change against the previous period: %1</source>
        <translation>Veränderung gegenüber dem Vorzeitraum: %1</translation>
    </message>
</context>
<context>
    <name>shipshape::KpiCardGrid</name>
    <message>
        <location filename="../ui/views/KpiCardGrid.cpp" line="+67"/>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no refunds</source>
        <translation>keine Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1 refunded</source>
        <translation>nach Erstattungen von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 confirmed · %2 cancelled</source>
        <translation>%1 bestätigt · %2 storniert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>over %Ln confirmed order(s)</source>
        <translation>
            <numerusform>aus %Ln bestätigten Bestellung</numerusform>
            <numerusform>aus %Ln bestätigten Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no confirmed orders in this period</source>
        <translation>keine bestätigten Bestellungen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln placement(s) confirmed · target %2</source>
        <translation>
            <numerusform>%1 von %Ln Bestellaufgabe bestätigt · Ziel %2</numerusform>
            <numerusform>%1 von %Ln Bestellaufgaben bestätigt · Ziel %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no placement attempts recorded in this period · target %1</source>
        <translation>keine Bestellversuche in diesem Zeitraum erfasst · Ziel %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>no placements timed in this period · %1</source>
        <translation>keine Bestellaufgaben in diesem Zeitraum gemessen · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no card payments in this period</source>
        <translation>keine Kartenzahlungen in diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>%1&#xa0;%2</source>
        <translation>%1&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%1 of %Ln card payment(s) failed</source>
        <translation>
            <numerusform>%1 von %Ln Kartenzahlung fehlgeschlagen</numerusform>
            <numerusform>%1 von %Ln Kartenzahlungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>top: %1</source>
        <translation>am häufigsten: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 × %2 (%3): %4</source>
        <translation>%1 × %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the orders cancelled after a declined payment</source>
        <translation>Die nach einer abgelehnten Zahlung stornierten Bestellungen anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing shipped or returned in this period</source>
        <translation>in diesem Zeitraum nichts versendet oder retourniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 units shipped came back</source>
        <translation>%1 von %2 versendeten Einheiten kamen zurück</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the returns opened in this period</source>
        <translation>Die in diesem Zeitraum angelegten Retouren anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the orders placed</source>
        <translation>%1 der aufgegebenen Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders placed in this period</source>
        <translation>keine Bestellungen in diesem Zeitraum aufgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed · %2 waiting</source>
        <translation>%1 fehlgeschlagen · %2 wartend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oldest waiting %1 · now, whatever the period</source>
        <translation>älteste wartet seit %1 · aktuell, unabhängig vom Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing waiting · now, whatever the period</source>
        <translation>nichts wartend · aktuell, unabhängig vom Zeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requests answered by the Order API server (shipshape-cli serve)</source>
        <translation>Vom Order-API-Server beantwortete Anfragen (shipshape-cli serve)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no API requests in this period</source>
        <translation>keine API-Anfragen in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln order(s) through the API in this period</source>
        <translation>
            <numerusform>%Ln Bestellung über die API in diesem Zeitraum</numerusform>
            <numerusform>%Ln Bestellungen über die API in diesem Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln request(s) failed</source>
        <translation>
            <numerusform>%1 von %Ln Anfrage fehlgeschlagen</numerusform>
            <numerusform>%1 von %Ln Anfragen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>over %Ln request(s)</source>
        <translation>
            <numerusform>über %Ln Anfrage</numerusform>
            <numerusform>über %Ln Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::KpiTableModel</name>
    <message>
        <location filename="../ui/models/KpiTableModel.cpp" line="+113"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period end (included)</source>
        <translation>Ende des Zeitraums (eingeschlossen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Oldest order waiting to ship since (now)</source>
        <translation>Älteste zu versendende Bestellung wartet seit (aktuell)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
</context>
<context>
    <name>shipshape::LineItemModel</name>
    <message>
        <location filename="../ui/models/LineItemModel.cpp" line="+72"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not in catalogue</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none on hand</source>
        <translation>nichts am Lager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on hand, %2 free</source>
        <translation>%1 am Lager, %2 frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand %1, reserved by open orders %2 (this order&apos;s included), free %3, low below %4</source>
        <translation>Am Lager %1, durch offene Bestellungen reserviert %2 (einschließlich dieser Bestellung), frei %3, niedrig unter %4</translation>
    </message>
</context>
<context>
    <name>shipshape::LineTableView</name>
    <message>
        <location filename="../ui/views/LineTableView.cpp" line="+17"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
</context>
<context>
    <name>shipshape::MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+83"/>
        <location line="+2"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New order…</source>
        <translation>Neue Bestellung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+217"/>
        <source>Take a new order (%1)</source>
        <translation>Neue Bestellung aufnehmen (%1)</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inventory</source>
        <translation>Lager</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Return %1 updated.</source>
        <translation>Retoure %1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved; they take effect at the next start.</source>
        <translation>Einstellungen gespeichert; sie werden beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipshape will open %1 at the next start.</source>
        <translation>Shipshape öffnet %1 beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pack</source>
        <translation>Packen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 shipped from the packing station.</source>
        <translation>Bestellung %1 am Packplatz versendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import products…</source>
        <translation>Produkte &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Create or update products from a CSV file, all rows or none</source>
        <translation>Produkte aus einer CSV-Datei anlegen oder aktualisieren, alle Zeilen oder keine</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Import &amp;orders…</source>
        <translation>&amp;Bestellungen importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Place orders from another system&apos;s CSV or JSON Lines file, each once</source>
        <translation>Bestellungen aus der CSV- oder JSON-Lines-Datei eines anderen Systems aufgeben, jede nur einmal</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Open &amp;archive…</source>
        <translation>&amp;Archiv öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an archive of order history read-only, in a window of its own</source>
        <translation>Ein Archiv der Bestellhistorie schreibgeschützt in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open archive</source>
        <translation>Archiv öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipshape archives (*.shipshape-archive *.archive *.sqlite);;All files (*)</source>
        <translation>Shipshape-Archive (*.shipshape-archive *.archive *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not start Shipshape to open %1.</source>
        <translation>Shipshape konnte nicht gestartet werden, um %1 zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the database, the payment and email providers and this machine</source>
        <translation>Datenbank, Zahlungs- und E-Mail-Anbieter sowie diesen Rechner prüfen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read-only: this window shows an archive, not the shop (%1).</source>
        <translation>Nur Lesezugriff: Dieses Fenster zeigt ein Archiv, nicht den Shop (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2. Nothing here can be changed; the shop&apos;s own database is not open in this window.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2. Hier kann nichts geändert werden; die Datenbank des Shops ist in diesem Fenster nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+205"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a new order (%1); offline, it is kept on this desktop and offered for placing when the server answers again</source>
        <translation>Neue Bestellung erfassen (%1); offline wird sie auf diesem Rechner aufbewahrt und zum Aufgeben angeboten, sobald der Server wieder antwortet</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n order(s) typed offline moved to the drafts.</source>
        <translation>
            <numerusform>%n offline erfasste Bestellung in die Entwürfe verschoben.</numerusform>
            <numerusform>%n offline erfasste Bestellungen in die Entwürfe verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>Working… (%Ln task(s))</source>
        <translation>
            <numerusform>In Arbeit… (%Ln Aufgabe)</numerusform>
            <numerusform>In Arbeit… (%Ln Aufgaben)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Products imported.</source>
        <translation>Produkte importiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order files (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Bestelldateien (*.csv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders imported.</source>
        <translation>Bestellungen importiert.</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Order #%1 placed.</source>
        <translation>Bestellung #%1 aufgegeben.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database cannot be reached; retrying.</source>
        <translation>Die Datenbank ist nicht erreichbar; neuer Versuch läuft.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 — offline, reconnecting…</source>
        <translation>%1 — offline, Verbindung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>shipshape::NewCountDialog</name>
    <message>
        <location filename="../ui/views/NewCountDialog.cpp" line="+29"/>
        <source>New count</source>
        <translation>Neue Zählung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These products:</source>
        <translation>Diese Produkte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products to count</source>
        <translation>Zu zählende Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs or barcodes, separated by spaces or commas</source>
        <translation>SKUs oder Barcodes, getrennt durch Leerzeichen oder Kommas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products not counted for</source>
        <translation>Produkte nicht gezählt seit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days since the last count</source>
        <translation>Tage seit der letzten Zählung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most this many products</source>
        <translation>Höchstens so viele Produkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most </source>
        <translation>höchstens </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where or why, e.g. aisle A (goes on the ledger corrections)</source>
        <translation>Wo oder warum, z. B. Gang A (steht auf den Journalkorrekturen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start count</source>
        <translation>Zählung beginnen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Type the products to count, or choose the products not counted for a number of days.</source>
        <translation>Tippen Sie die zu zählenden Produkte oder wählen Sie die seit einer Anzahl von Tagen nicht gezählten.</translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineDraftReviewModel</name>
    <message>
        <location filename="../ui/models/OfflineDraftReviewModel.cpp" line="+62"/>
        <source>(no customer yet)</source>
        <translation>(noch kein Kunde)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not priced yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: prices and stock as when typed</source>
        <translation>keine: Preise und Bestand wie bei der Erfassung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed offline</source>
        <translation>Offline erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total now</source>
        <translation>Summe jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since</source>
        <translation>Seitdem geändert</translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineDraftsDialog</name>
    <message>
        <location filename="../ui/views/OfflineDraftsDialog.cpp" line="+47"/>
        <source>Orders typed offline</source>
        <translation>Offline erfasste Bestellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These orders were typed on this desktop while the server did not answer. They are checked against the catalogue as it is now. Move them to the drafts to place them from New order; stock is reserved when they are placed.</source>
        <translation>Diese Bestellungen wurden auf diesem Rechner erfasst, während der Server nicht antwortete. Sie werden mit dem aktuellen Katalog abgeglichen. Verschieben Sie sie in die Entwürfe, um sie über „Neue Bestellung“ aufzugeben; der Bestand wird beim Aufgeben reserviert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Move to drafts</source>
        <translation>In Entwürfe &amp;verschieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand the selected orders to the server&apos;s drafts, to be placed from New order</source>
        <translation>Die ausgewählten Bestellungen in die Entwürfe des Servers übergeben, um sie über „Neue Bestellung“ aufzugeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the selected orders from this desktop</source>
        <translation>Die ausgewählten Bestellungen von diesem Rechner entfernen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the orders against the server…</source>
        <translation>Bestellungen werden mit dem Server abgeglichen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The orders could not be checked: %1</source>
        <translation>Die Bestellungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No orders typed offline are waiting.</source>
        <translation>Es warten keine offline erfassten Bestellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s) typed offline are waiting.</source>
        <translation>
            <numerusform>%Ln offline erfasste Bestellung wartet.</numerusform>
            <numerusform>%Ln offline erfasste Bestellungen warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not readable, left in place: %1</source>
        <translation>Nicht lesbar, unverändert belassen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moving to the drafts…</source>
        <translation>Wird in die Entwürfe verschoben…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was moved: %1</source>
        <translation>Nichts wurde verschoben: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s) moved to the drafts; place them from New order.</source>
        <translation>
            <numerusform>%Ln Bestellung in die Entwürfe verschoben; geben Sie sie über „Neue Bestellung“ auf.</numerusform>
            <numerusform>%Ln Bestellungen in die Entwürfe verschoben; geben Sie sie über „Neue Bestellung“ auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One continued a draft placed meanwhile as order #%1.</source>
        <translation>Eine setzte einen Entwurf fort, der inzwischen als Bestellung #%1 aufgegeben wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard orders typed offline</source>
        <translation>Offline erfasste Bestellungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard %n order(s) typed offline? They were never placed; this cannot be undone.</source>
        <translation>
            <numerusform>%n offline erfasste Bestellung verwerfen? Sie wurde nie aufgegeben; dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n offline erfasste Bestellungen verwerfen? Sie wurden nie aufgegeben; dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all were discarded: %1</source>
        <translation>Nicht alle wurden verworfen: %1</translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineDraftsPresenter</name>
    <message>
        <location filename="../ui/windows/OfflineDraftsPresenter.cpp" line="+18"/>
        <source>Orders typed &amp;offline…</source>
        <translation>&amp;Offline erfasste Bestellungen…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No orders typed offline are waiting on this desktop</source>
        <translation>Auf diesem Rechner warten keine offline erfassten Bestellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders typed offline are reviewed when the server answers again</source>
        <translation>Offline erfasste Bestellungen werden geprüft, sobald der Server wieder antwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not place orders</source>
        <translation>Ihre Anmeldung darf keine Bestellungen aufgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the orders typed offline against the server and move them to the drafts</source>
        <translation>Die offline erfassten Bestellungen mit dem Server abgleichen und in die Entwürfe verschieben</translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineMode</name>
    <message>
        <location filename="../core/replica/OfflineMode.cpp" line="+106"/>
        <source>Offline — history as of %1</source>
        <translation>Offline — Stand: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — the server does not answer, and this desktop has no offline copy of the shop yet</source>
        <translation>Offline — Der Server antwortet nicht, und auf diesem Arbeitsplatz gibt es noch keine Offline-Kopie des Shops</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server does not answer: nothing can be changed until it is back. Shipshape reconnects by itself.</source>
        <translation>Der Server antwortet nicht: Bis er wieder erreichbar ist, kann nichts geändert werden. Shipshape verbindet sich selbstständig neu.</translation>
    </message>
</context>
<context>
    <name>shipshape::OfflinePresenter</name>
    <message>
        <location filename="../ui/windows/OfflinePresenter.cpp" line="+29"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offline copy: interrupted, resumes at the next start</source>
        <translation>Offline-Kopie: unterbrochen, wird beim nächsten Start fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline copy: up to date</source>
        <translation>Offline-Kopie: aktuell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The offline copy was made again: %1</source>
        <translation>Die Offline-Kopie wurde neu erstellt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline copy: not updated</source>
        <translation>Offline-Kopie: nicht aktualisiert</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Offline copy: catching up (%Ln change(s))</source>
        <translation>
            <numerusform>Offline-Kopie: Abgleich läuft (%Ln Änderung)</numerusform>
            <numerusform>Offline-Kopie: Abgleich läuft (%Ln Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the shop for offline use: %1% (%2)</source>
        <translation>Shop wird für die Offline-Nutzung kopiert: %1 % (%2)</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderBulkActions</name>
    <message>
        <location filename="../ui/bulk/OrderBulkActions.cpp" line="+41"/>
        <source>Ship selected…</source>
        <translation>Auswahl versenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected orders shipped, with a tracking number each</source>
        <translation>Die ausgewählten Bestellungen als versendet markieren, jeweils mit Sendungsnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Add a tag to the selected orders</source>
        <translation>Den ausgewählten Bestellungen einen Tag hinzufügen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Remove tag…</source>
        <translation>Tag entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Remove a tag from the selected orders</source>
        <translation>Einen Tag von den ausgewählten Bestellungen entfernen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Packing slips…</source>
        <translation>Lieferscheine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the packing slips of the selected orders as one PDF</source>
        <translation>Die Lieferscheine der ausgewählten Bestellungen als ein PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick list…</source>
        <translation>Pickliste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a pick list of the selected confirmed orders as a PDF, with barcodes</source>
        <translation>Eine Pickliste der ausgewählten bestätigten Bestellungen als PDF mit Barcodes speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected orders as a CSV file</source>
        <translation>Die ausgewählten Bestellungen als CSV-Datei speichern</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>None of the %Ln selected orders can ship; for example: %1</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Bestellung kann nicht versendet werden: %1</numerusform>
            <numerusform>Keine der %Ln ausgewählten Bestellungen kann versendet werden; zum Beispiel: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select at most %L1 orders for one bulk action.</source>
        <translation>Wählen Sie höchstens %L1 Bestellungen für eine Sammelaktion aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Ship %Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung versenden</numerusform>
            <numerusform>%Ln Bestellungen versenden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Tag to add to %Ln order(s):</source>
        <translation>
            <numerusform>Tag, der %Ln Bestellung hinzugefügt wird:</numerusform>
            <numerusform>Tag, der %Ln Bestellungen hinzugefügt wird:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag to remove from %Ln order(s):</source>
        <translation>
            <numerusform>Tag, der von %Ln Bestellung entfernt wird:</numerusform>
            <numerusform>Tag, der von %Ln Bestellungen entfernt wird:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shipshape</source>
        <translation>Shipshape</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tag %Ln order(s) “%1”</source>
        <translation>
            <numerusform>%Ln Bestellung mit „%1“ taggen</numerusform>
            <numerusform>%Ln Bestellungen mit „%1“ taggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Untag %Ln order(s) “%1”</source>
        <translation>
            <numerusform>„%1“ von %Ln Bestellung entfernen</numerusform>
            <numerusform>„%1“ von %Ln Bestellungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save packing slips</source>
        <translation>Lieferscheine speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>packing-slips.pdf</source>
        <translation>lieferscheine.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>Packing slips for %Ln order(s)</source>
        <translation>
            <numerusform>Lieferscheine für %Ln Bestellung</numerusform>
            <numerusform>Lieferscheine für %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No packing slip written: no order could be loaded.</source>
        <translation>Kein Lieferschein geschrieben: Keine Bestellung konnte geladen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %Ln packing slip(s) to %1</source>
        <translation>
            <numerusform>%Ln Lieferschein unter %1 gespeichert</numerusform>
            <numerusform>%Ln Lieferscheine unter %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save pick list</source>
        <translation>Pickliste speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick-list.pdf</source>
        <translation>pickliste.pdf</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No pick list written: %1</source>
        <translation>Keine Pickliste geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved a pick list of %Ln order(s) to %1</source>
        <translation>
            <numerusform>Pickliste für %Ln Bestellung unter %1 gespeichert</numerusform>
            <numerusform>Pickliste für %Ln Bestellungen unter %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export orders</source>
        <translation>Bestellungen exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orders.csv</source>
        <translation>bestellungen.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Export %Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung exportieren</numerusform>
            <numerusform>%Ln Bestellungen exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %Ln order(s) to %1</source>
        <translation>
            <numerusform>%Ln Bestellung nach %1 exportiert</numerusform>
            <numerusform>%Ln Bestellungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderDetailView</name>
    <message>
        <location filename="../ui/views/OrderDetailView.cpp" line="+48"/>
        <source>Select an order</source>
        <translation>Wählen Sie eine Bestellung aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+224"/>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Ship…</source>
        <translation>Versenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>Als zugestellt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order…</source>
        <translation>Bestellung stornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel lines…</source>
        <translation>Positionen stornieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take unshipped units off the order: their stock is released and the order is priced again</source>
        <translation>Nicht versendete Einheiten aus der Bestellung entfernen: Ihr Bestand wird freigegeben und die Bestellung neu berechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund a card payment through Stripe</source>
        <translation>Eine Kartenzahlung über Stripe erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record refund…</source>
        <translation>Erstattung erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a refund made outside Shipshape (bank transfer, cash, …)</source>
        <translation>Eine außerhalb von Shipshape geleistete Erstattung erfassen (Banküberweisung, bar, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as credit…</source>
        <translation>Als Guthaben behalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the refund owed as the customer&apos;s credit instead of paying it back</source>
        <translation>Die offene Erstattung als Guthaben des Kunden behalten, statt sie zurückzuzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send payment link</source>
        <translation>Zahlungslink senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email the customer a link to pay the balance due by card</source>
        <translation>Dem Kunden per E-Mail einen Link senden, um den offenen Betrag per Karte zu bezahlen</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation type="vanished">Ändern…</translation>
    </message>
    <message>
        <source>Change quantities, add or remove lines</source>
        <translation type="vanished">Mengen ändern, Positionen hinzufügen oder entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal note on the timeline; the customer does not see it</source>
        <translation>Eine interne Notiz im Verlauf; der Kunde sieht sie nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend email</source>
        <translation>E-Mail erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the customer&apos;s most recent email again</source>
        <translation>Die letzte E-Mail an den Kunden erneut einreihen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packing slip…</source>
        <translation>Lieferschein…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the packing slip as PDF</source>
        <translation>Den Lieferschein als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice…</source>
        <translation>Rechnung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the invoice as PDF</source>
        <translation>Die Rechnung als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s orders</source>
        <translation>Bestellungen des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only this customer&apos;s orders</source>
        <translation>Nur die Bestellungen dieses Kunden auflisten</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order #%1 — %2</source>
        <translation>Bestellung #%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1 &lt;%2&gt;</source>
        <translation>Kunde: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to: %1</source>
        <translation>Lieferadresse: %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="vanished">%1 · Zahlungsart: %2</translation>
    </message>
    <message>
        <source>discount %1</source>
        <translation type="vanished">Rabatt %1</translation>
    </message>
    <message>
        <source>shipping %1 (%2)</source>
        <translation type="vanished">Versand %1 (%2)</translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation type="vanished">inkl. Steuer %1</translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation type="vanished">Steuer %1</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="vanished">Gesamt %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation type="vanished">bezahlt %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation type="vanished">erstattet %1</translation>
    </message>
    <message>
        <source>kept as credit %1</source>
        <translation type="vanished">als Guthaben behalten %1</translation>
    </message>
    <message>
        <source>nothing is due</source>
        <translation type="vanished">nichts offen</translation>
    </message>
    <message>
        <source>balance due %1</source>
        <translation type="vanished">offener Betrag %1</translation>
    </message>
    <message>
        <source>refund owed %1</source>
        <translation type="vanished">offene Erstattung %1</translation>
    </message>
    <message>
        <source>Payment %1 by %2 on %3</source>
        <translation type="vanished">Zahlung %1 per %2 am %3</translation>
    </message>
    <message>
        <source>Payment %1 by %2, reference %3, on %4</source>
        <translation type="vanished">Zahlung %1 per %2, Referenz %3, am %4</translation>
    </message>
    <message>
        <source>Refund %1 by %2 on %3</source>
        <translation type="vanished">Erstattung %1 per %2 am %3</translation>
    </message>
    <message>
        <source>Refund %1 by %2, reference %3, on %4</source>
        <translation type="vanished">Erstattung %1 per %2, Referenz %3, am %4</translation>
    </message>
    <message>
        <source>Payment link for %1 to %2: being created (Stripe has not answered yet)</source>
        <translation type="vanished">Zahlungslink über %1 an %2: wird angelegt (Stripe hat noch nicht geantwortet)</translation>
    </message>
    <message>
        <source>Payment link for %1 sent to %2, expires %3: not paid yet</source>
        <translation type="vanished">Zahlungslink über %1 an %2 gesendet, gültig bis %3: noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Payment link for %1: paid</source>
        <translation type="vanished">Zahlungslink über %1: bezahlt</translation>
    </message>
    <message>
        <source>Payment link for %1: expired</source>
        <translation type="vanished">Zahlungslink über %1: abgelaufen</translation>
    </message>
    <message>
        <source>Payment link for %1 could not be created: %2</source>
        <translation type="vanished">Zahlungslink über %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Your login may not change tags.</source>
        <translation>Ihre Anmeldung darf keine Tags ändern.</translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation type="vanished">Erstattungsart</translation>
    </message>
    <message>
        <source>Amount refunded</source>
        <translation type="vanished">Erstatteter Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="vanished">Referenz</translation>
    </message>
    <message>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation type="vanished">z. B. die Referenz der Banküberweisung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Grund</translation>
    </message>
    <message>
        <source>Record money you already returned outside Shipshape. The customer is emailed that it was refunded.</source>
        <translation type="vanished">Erfassen Sie Geld, das Sie bereits außerhalb von Shipshape zurückgezahlt haben. Der Kunde erhält eine E-Mail, dass es erstattet wurde.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="vanished">Erstattungsart:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="vanished">Referenz:</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation type="vanished">Erstattung erfassen</translation>
    </message>
    <message>
        <source>Choose how the money was refunded.</source>
        <translation type="vanished">Wählen Sie aus, wie das Geld erstattet wurde.</translation>
    </message>
    <message>
        <source>The customer paid %1. What happens to it?</source>
        <translation type="vanished">Der Kunde hat %1 bezahlt. Was geschieht damit?</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation type="vanished">Referenz der Erstattung</translation>
    </message>
    <message>
        <source>Refunded by:</source>
        <translation type="vanished">Erstattet per:</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Cancelling failed: %1</source>
        <translation>Stornieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Record a refund for order #%1</source>
        <translation>Erstattung für Bestellung #%1 erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording the refund failed: %1</source>
        <translation>Erfassen der Erstattung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording the refund</source>
        <translation>Erstattung wird erfasst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep %1 of order #%2 as the customer&apos;s credit instead of refunding it?</source>
        <translation>%1 der Bestellung #%2 als Guthaben des Kunden behalten, statt den Betrag zu erstatten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping the credit</source>
        <translation>Guthaben wird gebucht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email %1 a link to pay %2 by card?</source>
        <translation>%1 per E-Mail einen Link senden, um %2 per Karte zu bezahlen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the payment link</source>
        <translation>Zahlungslink wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment link is on its way to %1.</source>
        <translation>Der Zahlungslink ist unterwegs an %1.</translation>
    </message>
    <message>
        <source>Refund a line</source>
        <translation type="vanished">Eine Position erstatten</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation type="vanished">Einen Betrag</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation type="vanished">%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation type="vanished">Zu erstattender Betrag</translation>
    </message>
    <message>
        <source>Refund:</source>
        <translation type="vanished">Erstattung:</translation>
    </message>
    <message>
        <source>Amount (up to %1):</source>
        <translation type="vanished">Betrag (bis zu %1):</translation>
    </message>
    <message>
        <source>The money goes back to the card. To take lines out of an order that has not shipped (and return their stock), use Modify instead.</source>
        <translation type="vanished">Das Geld wird auf die Karte zurückgebucht. Um Positionen aus einer noch nicht versendeten Bestellung zu entfernen (und ihren Bestand zurückzugeben), verwenden Sie stattdessen „Ändern“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refund failed: %1</source>
        <translation>Erstattung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund %1 to the customer of order #%2?</source>
        <translation>%1 an den Kunden der Bestellung #%2 erstatten?</translation>
    </message>
    <message>
        <source>Modify order #%1</source>
        <translation type="vanished">Bestellung #%1 ändern</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="vanished">SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="vanished">Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="vanished">Menge</translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="vanished">entfernen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation type="vanished">Position hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="vanished">Änderungen speichern</translation>
    </message>
    <message>
        <source>Quantity 0 removes a line. A card order is refunded or charged the difference.</source>
        <translation type="vanished">Menge 0 entfernt eine Position. Bei einer Kartenbestellung wird die Differenz erstattet oder belastet.</translation>
    </message>
    <message>
        <source>Modifying</source>
        <translation type="vanished">Wird geändert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Adding the tag</source>
        <translation>Hinzufügen des Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing the tag</source>
        <translation>Entfernen des Tags</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note on order #%1</source>
        <translation>Notiz zu Bestellung #%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal note (staff only):</source>
        <translation>Interne Notiz (nur für Mitarbeiter):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding the note</source>
        <translation>Notiz wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the most recent email of order #%1 to %2 again?</source>
        <translation>Die letzte E-Mail der Bestellung #%1 erneut an %2 senden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resending the email</source>
        <translation>E-Mail wird erneut gesendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The email to %1 is queued to be sent again.</source>
        <translation>Die E-Mail an %1 ist zum erneuten Senden eingereiht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save packing slip</source>
        <translation>Lieferschein speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>packing-slip-%1.pdf</source>
        <translation>lieferschein-%1.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Packing slip saved to %1</source>
        <translation>Lieferschein gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invoice-%1.pdf</source>
        <translation>rechnung-%1.pdf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice saved to %1</source>
        <translation>Rechnung gespeichert unter %1</translation>
    </message>
    <message>
        <location line="-444"/>
        <source>Tracking: %1 %2</source>
        <translation>Sendung: %1 %2</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Edit order…</source>
        <translation>Bestellung bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change lines, prices, discounts, shipping or the address, with a preview of the new total and what it settles</source>
        <translation>Positionen, Preise, Rabatte, Versand oder Adresse ändern, mit Vorschau der neuen Gesamtsumme und des Ausgleichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return…</source>
        <translation>Retoure anlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Take shipped units back: a return (RMA) with a reason per line</source>
        <translation>Versendete Einheiten zurücknehmen: eine Retoure (RMA) mit einem Grund je Position</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Cancelled: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Every shipped unit of this order is already under a return, or nothing has shipped yet.</source>
        <translation>Alle versendeten Einheiten dieser Bestellung sind bereits in einer Retoure, oder es wurde noch nichts versendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Shipshape</source>
        <translation>Shipshape</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order #%1 as paid (%2)?</source>
        <translation>Bestellung #%1 als bezahlt markieren (%2)?</translation>
    </message>
    <message>
        <source>Ship order #%1</source>
        <translation type="vanished">Bestellung #%1 versenden</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="vanished">Sendungsnummer</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="vanished">Versanddienstleister</translation>
    </message>
    <message>
        <source>Tracking number:</source>
        <translation type="vanished">Sendungsnummer:</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation type="vanished">Versanddienstleister:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark order #%1 as delivered?</source>
        <translation>Bestellung #%1 als zugestellt markieren?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Cancel order #%1</source>
        <translation type="vanished">Bestellung #%1 stornieren</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation type="vanished">Stornogrund</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="vanished">Grund:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="vanished">Notiz:</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="vanished">Bestellung stornieren</translation>
    </message>
    <message>
        <source>Keep order</source>
        <translation type="vanished">Bestellung behalten</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Cancelling</source>
        <translation>Wird storniert</translation>
    </message>
    <message>
        <source>Refund order #%1</source>
        <translation type="vanished">Bestellung #%1 erstatten</translation>
    </message>
    <message>
        <source>The money goes back to the card. To take lines out of an order that has not shipped (and return their stock), use Edit order instead.</source>
        <translation type="vanished">Das Geld wird auf die Karte zurückgebucht. Um Positionen aus einer noch nicht versendeten Bestellung zu entfernen (und ihren Bestand zurückzugeben), verwenden Sie stattdessen „Bestellung bearbeiten“.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditDialog</name>
    <message>
        <location filename="../ui/views/OrderEditDialog.cpp" line="+66"/>
        <source>Edit order #%1</source>
        <translation>Bestellung #%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Reason for the edit</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the order&apos;s timeline; required for a price set by hand</source>
        <translation>Erscheint im Verlauf der Bestellung; erforderlich bei einem von Hand gesetzten Preis</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Apply edit</source>
        <translation>Änderung übernehmen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Add a product by name or SKU</source>
        <translation type="vanished">Produkt nach Name oder SKU hinzufügen</translation>
    </message>
    <message>
        <source>Add a product: type its name or SKU, Return adds it…</source>
        <translation type="vanished">Produkt hinzufügen: Name oder SKU eingeben, Eingabetaste fügt es hinzu…</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="vanished">Bestellpositionen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected line</source>
        <translation>Ausgewählte Position entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discount on</source>
        <translation>Rabatt auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of discount</source>
        <translation>Art des Rabatts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount value</source>
        <translation>Wert des Rabatts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 or 5.00</source>
        <translation>10 oder 5.00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount code</source>
        <translation>Rabattcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount reason</source>
        <translation>Grund des Rabatts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or a reason (a discount needs one of the two)</source>
        <translation>oder ein Grund (ein Rabatt braucht eines von beiden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add discount</source>
        <translation>Rabatt hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove discount</source>
        <translation>Rabatt entfernen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping method</source>
        <translation>Versandart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Standard</source>
        <translation>z. B. Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping fee</source>
        <translation>Versandgebühr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method:</source>
        <translation>Versandart:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee (%1):</source>
        <translation>Gebühr (%1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two letters (ISO 3166-1), e.g. US or DE; another country or region taxes every line at its rates</source>
        <translation>Zwei Buchstaben (ISO 3166-1), z. B. US oder DE; bei einem anderen Land oder einer anderen Region wird jede Position nach deren Steuersätzen besteuert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Street:</source>
        <translation>Straße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="vanished">Vorschau</translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="vanished">Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation type="vanished">Nachher</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="vanished">Zwischensumme</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="vanished">Rabatt</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="vanished">Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">Gesamt</translation>
    </message>
    <message>
        <source>Paid so far</source>
        <translation type="vanished">Bisher bezahlt</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="vanished">Bestand</translation>
    </message>
    <message>
        <source>Change a line, a price, a discount, the shipping or the address to see what the edit does.</source>
        <translation type="vanished">Ändern Sie eine Position, einen Preis, einen Rabatt, den Versand oder die Adresse, um die Auswirkung zu sehen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The edit cannot be applied as it stands.</source>
        <translation>Die Änderung kann so nicht übernommen werden.</translation>
    </message>
    <message>
        <source>Tax (included)</source>
        <translation type="vanished">Steuer (enthalten)</translation>
    </message>
    <message>
        <source>Refund owed: %1</source>
        <translation type="vanished">Offene Erstattung: %1</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation type="vanished">Offener Betrag: %1</translation>
    </message>
    <message>
        <source>Nothing due, nothing owed back</source>
        <translation type="vanished">Nichts offen, nichts zu erstatten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln more reserved</source>
        <translation type="vanished">
            <numerusform>%1: %Ln zusätzlich reserviert</numerusform>
            <numerusform>%1: %Ln zusätzlich reserviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln released</source>
        <translation type="vanished">
            <numerusform>%1: %Ln freigegeben</numerusform>
            <numerusform>%1: %Ln freigegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>No change to reservations</source>
        <translation type="vanished">Keine Änderung der Reservierungen</translation>
    </message>
    <message>
        <source>Preview of the order after the edit; nothing is saved until you apply it.</source>
        <translation type="vanished">Vorschau der Bestellung nach der Änderung; gespeichert wird erst, wenn Sie sie übernehmen.</translation>
    </message>
    <message>
        <source>%1 will be refunded to the card.</source>
        <translation type="vanished">%1 wird auf die Karte erstattet.</translation>
    </message>
    <message>
        <source>The card will be charged %1.</source>
        <translation type="vanished">Die Karte wird mit %1 belastet.</translation>
    </message>
    <message>
        <source>Nothing will be charged or refunded.</source>
        <translation type="vanished">Es wird nichts belastet oder erstattet.</translation>
    </message>
    <message>
        <source>%1 will be due: send the customer a payment link for it.</source>
        <translation type="vanished">%1 wird fällig: Senden Sie dem Kunden dafür einen Zahlungslink.</translation>
    </message>
    <message>
        <source>%1 will be due, waiting for mark-paid.</source>
        <translation type="vanished">%1 wird fällig und wartet auf „Als bezahlt markieren“.</translation>
    </message>
    <message>
        <source>%1 will be owed back to the customer: record the refund or keep it as credit.</source>
        <translation type="vanished">%1 ist dann dem Kunden zu erstatten: Erfassen Sie die Erstattung oder behalten Sie den Betrag als Guthaben.</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+96"/>
        <source>The edit is saved.</source>
        <translation>Die Änderung ist gespeichert.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Nothing is changed yet.</source>
        <translation>Noch ist nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the preview of the edit.</source>
        <translation>Warten auf die Vorschau der Änderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix what the form points out first.</source>
        <translation>Beheben Sie zuerst die im Formular markierten Probleme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the edit and settle the difference as the preview says (%1)</source>
        <translation>Änderung speichern und die Differenz laut Vorschau ausgleichen (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving the edit…</source>
        <translation>Änderung wird gespeichert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the edit and refunding %1 to the card…</source>
        <translation>Änderung wird gespeichert und %1 auf die Karte erstattet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the edit and charging %1 to the card…</source>
        <translation>Änderung wird gespeichert und die Karte mit %1 belastet…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The edit is saved, but the card was not charged (%1). %2 is now due on order #%3: take it another way (a payment link, or mark paid when the customer pays).</source>
        <translation>Die Änderung ist gespeichert, aber die Karte wurde nicht belastet (%1). %2 ist jetzt für Bestellung #%3 offen: Nehmen Sie den Betrag auf anderem Weg ein (per Zahlungslink oder mit „Als bezahlt markieren“, wenn der Kunde zahlt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edit is saved, but the charge of its balance has not settled (%1). %2 shows as due until it does.</source>
        <translation>Die Änderung ist gespeichert, aber die Belastung der Differenz ist noch nicht abgeschlossen (%1). Bis dahin wird %2 als offen angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edit is saved, but the refund did not go through (%1). %2 is still owed back to the customer.</source>
        <translation>Die Änderung ist gespeichert, aber die Erstattung ist fehlgeschlagen (%1). %2 ist dem Kunden weiterhin zu erstatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edit is saved, but settling its money reported: %1</source>
        <translation>Die Änderung ist gespeichert, aber der Zahlungsausgleich meldete: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %Ln available</source>
        <translation type="vanished">
            <numerusform>%1 — %2 · %3 · %Ln verfügbar</numerusform>
            <numerusform>%1 — %2 · %3 · %Ln verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Whole order</source>
        <translation>Ganze Bestellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1</source>
        <translation>Position %1</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditDiscountModel</name>
    <message>
        <location filename="../ui/models/OrderEditDiscountModel.cpp" line="+89"/>
        <source>Whole order</source>
        <translation>Ganze Bestellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code or reason</source>
        <translation>Code oder Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes off</source>
        <translation>Abzug</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditLineModel</name>
    <message>
        <location filename="../ui/models/OrderEditLineModel.cpp" line="+155"/>
        <source>Today&apos;s catalogue price of a line the edit adds</source>
        <translation>Heutiger Katalogpreis einer Position, die die Änderung hinzufügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold at %1; the catalogue says %2 today. The line keeps its price unless you set a new one.</source>
        <translation>Verkauft zu %1; laut Katalog heute %2. Die Position behält ihren Preis, sofern Sie keinen neuen festlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The price this line was sold at</source>
        <translation>Der Preis, zu dem diese Position verkauft wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit price set by hand (needs a reason); empty keeps %1</source>
        <translation>Von Hand gesetzter Stückpreis (braucht einen Grund); leer lassen behält %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 takes the line off the order</source>
        <translation>0 entfernt die Position aus der Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the line comes to after the edit, net of its discounts (from the preview)</source>
        <translation>Betrag der Position nach der Änderung, abzüglich ihrer Rabatte (aus der Vorschau)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (now %2)</source>
        <translation>%1 (jetzt %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New price</source>
        <translation>Neuer Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After discounts</source>
        <translation>Nach Rabatten</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditPreviewPanel</name>
    <message>
        <location filename="../ui/views/OrderEditPreviewPanel.cpp" line="+19"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <location line="+21"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid so far</source>
        <translation>Bisher bezahlt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change a line, a price, a discount, the shipping or the address to see what the edit does.</source>
        <translation>Ändern Sie eine Position, einen Preis, einen Rabatt, den Versand oder die Adresse, um die Auswirkung zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>Tax (included)</source>
        <translation>Steuer (enthalten)</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+34"/>
        <source>No change to reservations</source>
        <translation>Keine Änderung der Reservierungen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+22"/>
        <source>Refund owed: %1</source>
        <translation>Offene Erstattung: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+19"/>
        <source>Balance due: %1</source>
        <translation>Offener Betrag: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Nothing due, nothing owed back</source>
        <translation>Nichts offen, nichts zu erstatten</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln more reserved</source>
        <translation>
            <numerusform>%1: %Ln zusätzlich reserviert</numerusform>
            <numerusform>%1: %Ln zusätzlich reserviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %Ln released</source>
        <translation>
            <numerusform>%1: %Ln freigegeben</numerusform>
            <numerusform>%1: %Ln freigegeben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the order after the edit; nothing is saved until you apply it.</source>
        <translation>Vorschau der Bestellung nach der Änderung; gespeichert wird erst, wenn Sie sie übernehmen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 will be refunded to the card.</source>
        <translation>%1 wird auf die Karte erstattet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card will be charged %1.</source>
        <translation>Die Karte wird mit %1 belastet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Nothing will be charged or refunded.</source>
        <translation>Es wird nichts belastet oder erstattet.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 will be due: send the customer a payment link for it.</source>
        <translation>%1 wird fällig: Senden Sie dem Kunden dafür einen Zahlungslink.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be due, waiting for mark-paid.</source>
        <translation>%1 wird fällig und wartet auf „Als bezahlt markieren“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 will be owed back to the customer: record the refund or keep it as credit.</source>
        <translation>%1 ist dann dem Kunden zu erstatten: Erfassen Sie die Erstattung oder behalten Sie den Betrag als Guthaben.</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditor</name>
    <message>
        <location filename="../ui/views/OrderEditor.cpp" line="+44"/>
        <source>Order editor</source>
        <translation>Bestelleditor</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+170"/>
        <source>New order</source>
        <translation>Neue Bestellung</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Placing the order</source>
        <translation>Bestellung wird aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Place order</source>
        <translation>Bestellung aufgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+421"/>
        <source>Place the order (%1)</source>
        <translation>Bestellung aufgeben (%1)</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Add a product by name or SKU</source>
        <translation type="vanished">Produkt nach Name oder SKU hinzufügen</translation>
    </message>
    <message>
        <source>Add a product: type its name or SKU…</source>
        <translation type="vanished">Produkt hinzufügen: Name oder SKU eingeben…</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="vanished">Bestellpositionen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected line</source>
        <translation>Ausgewählte Position entfernen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="vanished">Kunde</translation>
    </message>
    <message>
        <source>Find a customer by name or email</source>
        <translation type="vanished">Kunden nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Find by name or email…</source>
        <translation type="vanished">Nach Name oder E-Mail suchen…</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation type="vanished">Bestehender Kunde</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="vanished">Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="vanished">Name des Kunden</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation type="vanished">E-Mail des Kunden</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="vanished">Suchen:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="vanished">Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="vanished">E-Mail:</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation type="vanished">Lieferadresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="vanished">Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="vanished">Ort</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation type="vanished">Bundesland oder Region</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="vanished">Postleitzahl</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="vanished">Ländercode</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation type="vanished">Straße:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="vanished">Ort:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="vanished">Bundesland:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="vanished">Postleitzahl:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="vanished">Land:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="vanished">Zahlung</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="vanished">Zahlungsart</translation>
    </message>
    <message>
        <source>Send payment link (card)</source>
        <translation type="vanished">Zahlungslink senden (Karte)</translation>
    </message>
    <message>
        <source>Card token</source>
        <translation type="vanished">Karten-Token</translation>
    </message>
    <message>
        <source>Provider token, e.g. tok_visa</source>
        <translation type="vanished">Token des Anbieters, z. B. tok_visa</translation>
    </message>
    <message>
        <source>Card payments are charged when the order is placed; invoice, bank transfer and cash orders hold their stock until staff mark them paid.</source>
        <translation type="vanished">Kartenzahlungen werden bei der Bestellaufgabe belastet; bei Rechnung, Banküberweisung und Barzahlung bleibt der Bestand reserviert, bis Mitarbeiter die Bestellung als bezahlt markieren.</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="vanished">Zahlungsart:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="vanished">Karte:</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="vanished">Entwürfe</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation type="vanished">Gespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Neu</translation>
    </message>
    <message>
        <source>Start a new order</source>
        <translation type="vanished">Neue Bestellung beginnen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="vanished">Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected draft</source>
        <translation type="vanished">Ausgewählten Entwurf fortsetzen</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="vanished">Verwerfen…</translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation type="vanished">Ausgewählten Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Draft started %1 by %2</source>
        <translation>Entwurf begonnen am %1 von %2</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation type="vanished">Gesamt: —</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not open the draft: %1</source>
        <translation>Der Entwurf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft opened</source>
        <translation>Entwurf geöffnet</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft saved %1</source>
        <translation>Entwurf gespeichert um %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Kept on this desktop %1 (offline)</source>
        <translation>Auf diesem Rechner gespeichert %1 (offline)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Total unavailable: %1</source>
        <translation>Gesamt nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Total: %1 (1 item)</source>
        <translation type="vanished">Gesamt: %1 (1 Artikel)</translation>
    </message>
    <message>
        <source>Total: %1 (%2 items)</source>
        <translation type="vanished">Gesamt: %1 (%2 Artikel)</translation>
    </message>
    <message>
        <source>incl. tax %1</source>
        <translation type="vanished">inkl. Steuer %1</translation>
    </message>
    <message>
        <source>incl. %1 tax added</source>
        <translation type="vanished">inkl. %1 aufgeschlagener Steuer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not placed: %1</source>
        <translation>Nicht aufgegeben: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Offline: this order is kept on this desktop and offered for placing when the server answers again (stock and prices are checked then).</source>
        <translation>Offline: Diese Bestellung wird auf diesem Rechner aufbewahrt und zum Aufgeben angeboten, sobald der Server wieder antwortet (Bestand und Preise werden dann geprüft).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login may not place orders.</source>
        <translation>Ihre Anmeldung darf keine Bestellungen aufgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the discount or shipping fee marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierte Angabe (Rabatt oder Versandgebühr).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Placing the order…</source>
        <translation>Bestellung wird aufgegeben…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not placed yet: one field needs attention.</source>
        <translation>Noch nicht aufgegeben: Ein Feld muss geprüft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed yet: %1 fields need attention.</source>
        <translation>Noch nicht aufgegeben: %1 Felder müssen geprüft werden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order #%1 placed; payment link emailed to %2</source>
        <translation>Bestellung #%1 aufgegeben; Zahlungslink per E-Mail an %2 gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 placed</source>
        <translation>Bestellung #%1 aufgegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not list drafts: %1</source>
        <translation>Entwürfe konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The order typed offline is kept on this desktop and offered for placing.</source>
        <translation>Die offline erfasste Bestellung ist auf diesem Rechner gespeichert und wird zum Aufgeben angeboten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not keep the order on this desktop (%1); it goes to the server&apos;s drafts.</source>
        <translation>Die Bestellung konnte nicht auf diesem Rechner gespeichert werden (%1); sie kommt in die Entwürfe des Servers.</translation>
    </message>
    <message>
        <source>Product lookup failed: %1</source>
        <translation type="vanished">Produktsuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation type="vanished">nicht vorrätig</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation type="vanished">%1 verfügbar</translation>
    </message>
    <message>
        <source>%1 — %2 · %3 · %4</source>
        <translation type="vanished">%1 — %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Customer lookup failed: %1</source>
        <translation type="vanished">Kundensuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="vanished">%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the draft for %1? This cannot be undone.</source>
        <translation>Den Entwurf für %1 verwerfen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not discard the draft: %1</source>
        <translation>Der Entwurf konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Draft discarded</source>
        <translation>Entwurf verworfen</translation>
    </message>
    <message>
        <source>When the order is placed, the customer is emailed a link to pay by card. The order holds its stock until the link expires.</source>
        <translation type="vanished">Nach dem Aufgeben der Bestellung erhält der Kunde per E-Mail einen Link, um per Karte zu bezahlen. Die Bestellung hält ihren Bestand, bis der Link abläuft.</translation>
    </message>
    <message>
        <source>When the order is placed, %1 is emailed a link to pay by card. The order holds its stock until the link expires.</source>
        <translation type="vanished">Nach dem Aufgeben der Bestellung erhält %1 per E-Mail einen Link, um per Karte zu bezahlen. Die Bestellung hält ihren Bestand, bis der Link abläuft.</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderFilterBar</name>
    <message>
        <location filename="../ui/views/OrderFilterBar.cpp" line="+33"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by payment</source>
        <translation>Nach Zahlung filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any payment</source>
        <translation>Jede Zahlung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by placing date</source>
        <translation>Nach Aufgabedatum filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed today</source>
        <translation>Heute aufgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed on or after</source>
        <translation>Aufgegeben am oder nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed on or before</source>
        <translation>Aufgegeben am oder vor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✕ all customers</source>
        <translation>✕ alle Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders of every customer</source>
        <translation>Die Bestellungen aller Kunden anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any tag</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>with status %1</source>
        <translation>mit Status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with status %1 or %2</source>
        <translation>mit Status %1 oder %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with payment %1</source>
        <translation>mit Zahlungsstatus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled for %1</source>
        <translation>storniert wegen %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>placed today</source>
        <translation>heute aufgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed in the last 7 days</source>
        <translation>in den letzten 7 Tagen aufgegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed in the last 30 days</source>
        <translation>in den letzten 30 Tagen aufgegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>placed from %1 to %2</source>
        <translation>vom %1 bis %2 aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placed since %1</source>
        <translation>seit dem %1 aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placed before %1</source>
        <translation>vor dem %1 aufgegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of the chosen customer</source>
        <translation>des ausgewählten Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged “%1”</source>
        <translation>mit dem Tag „%1“</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderImportDialog</name>
    <message>
        <location filename="../ui/windows/OrderImportDialog.cpp" line="+30"/>
        <source>Import orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other system&apos;s name: an order is imported once per source and external id</source>
        <translation>Der Name des anderen Systems: Eine Bestellung wird je Quelle und externer ID nur einmal importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column of %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems by line</source>
        <translation>Probleme nach Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Checking every line…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln problem(s) in %1 lines; nothing was imported. Correct the file or the columns and check again.</source>
        <translation>
            <numerusform>%Ln Problem in %1 Zeilen; es wurde nichts importiert. Korrigieren Sie die Datei oder die Spalten und prüfen Sie erneut.</numerusform>
            <numerusform>%Ln Probleme in %1 Zeilen; es wurde nichts importiert. Korrigieren Sie die Datei oder die Spalten und prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped after placing %Ln order(s); import the file again to place the rest.</source>
        <translation>
            <numerusform>Nach %Ln aufgegebener Bestellung angehalten; importieren Sie die Datei erneut, um die übrigen aufzugeben.</numerusform>
            <numerusform>Nach %Ln aufgegebenen Bestellungen angehalten; importieren Sie die Datei erneut, um die übrigen aufzugeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 lines checked: %2 orders, %3 to place, %4 imported before.</source>
        <translation>%1 Zeilen geprüft: %2 Bestellungen, %3 aufzugeben, %4 früher importiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 lines: %2 orders placed, %3 imported before.</source>
        <translation>%1 Zeilen importiert: %2 Bestellungen aufgegeben, %3 früher importiert.</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderTableModel</name>
    <message>
        <location filename="../ui/models/OrderTableModel.cpp" line="+331"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderTagEditor</name>
    <message>
        <location filename="../ui/views/OrderTagEditor.cpp" line="+24"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag…</source>
        <translation>Tag hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+37"/>
        <source>Remove the selected tag (Delete)</source>
        <translation>Den ausgewählten Tag entfernen (Entf)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
</context>
<context>
    <name>shipshape::OrderViewSelector</name>
    <message>
        <location filename="../ui/views/OrderViewSelector.cpp" line="+31"/>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current filter as a named view</source>
        <translation>Den aktuellen Filter als benannte Ansicht speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Custom filter</source>
        <translation>Benutzerdefinierter Filter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+7"/>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation>Die Ansicht „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>shipshape::OrdersView</name>
    <message>
        <location filename="../ui/views/OrdersView.cpp" line="+52"/>
        <location line="+320"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Select an order to see its lines, payment and timeline.</source>
        <translation>Wählen Sie eine Bestellung aus, um ihre Positionen, Zahlung und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>with status %1</source>
        <translation type="vanished">mit Status %1</translation>
    </message>
    <message>
        <source>with status %1 or %2</source>
        <translation type="vanished">mit Status %1 oder %2</translation>
    </message>
    <message>
        <source>with payment %1</source>
        <translation type="vanished">mit Zahlungsstatus %1</translation>
    </message>
    <message>
        <source>cancelled for %1</source>
        <translation type="vanished">storniert wegen %1</translation>
    </message>
    <message>
        <source>placed today</source>
        <translation type="vanished">heute aufgegeben</translation>
    </message>
    <message>
        <source>placed in the last 7 days</source>
        <translation type="vanished">in den letzten 7 Tagen aufgegeben</translation>
    </message>
    <message>
        <source>placed in the last 30 days</source>
        <translation type="vanished">in den letzten 30 Tagen aufgegeben</translation>
    </message>
    <message>
        <source>placed from %1 to %2</source>
        <translation type="vanished">vom %1 bis %2 aufgegeben</translation>
    </message>
    <message>
        <source>placed since %1</source>
        <translation type="vanished">seit dem %1 aufgegeben</translation>
    </message>
    <message>
        <source>placed before %1</source>
        <translation type="vanished">vor dem %1 aufgegeben</translation>
    </message>
    <message>
        <source>of the chosen customer</source>
        <translation type="vanished">des ausgewählten Kunden</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="vanished">von %1</translation>
    </message>
    <message>
        <source>tagged “%1”</source>
        <translation type="vanished">mit dem Tag „%1“</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>The orders could not be read.</source>
        <translation>Die Bestellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New order…</source>
        <translation>Neue Bestellung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders taken here or placed with shipshape-cli appear in this list.</source>
        <translation>Hier aufgenommene oder mit shipshape-cli aufgegebene Bestellungen erscheinen in dieser Liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No orders match “%1”.</source>
        <translation>Keine Bestellungen entsprechen „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders match “%1” %2.</source>
        <translation>Keine Bestellungen entsprechen „%1“ %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders %1.</source>
        <translation>Keine Bestellungen %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all orders</source>
        <translation>Alle Bestellungen anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search all orders</source>
        <translation>Alle Bestellungen durchsuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The search looks at order numbers, customer names and emails, SKUs and tracking numbers.</source>
        <translation>Die Suche berücksichtigt Bestellnummern, Kundennamen und E-Mail-Adressen, SKUs und Sendungsnummern.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln+ order(s)</source>
        <translation>
            <numerusform>%Ln+ Bestellung</numerusform>
            <numerusform>%Ln+ Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="vanished">Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="vanished">Gespeicherte Filter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search number, customer, email, SKU or tracking…</source>
        <translation>Nummer, Kunde, E-Mail, SKU oder Sendungsnummer suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search orders</source>
        <translation>Bestellungen suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the order list (F5)</source>
        <translation>Bestellliste neu laden (F5)</translation>
    </message>
    <message>
        <source>Ship selected…</source>
        <translation type="vanished">Auswahl versenden…</translation>
    </message>
    <message>
        <source>Mark the selected orders shipped, with a tracking number each</source>
        <translation type="vanished">Die ausgewählten Bestellungen als versendet markieren, jeweils mit Sendungsnummer</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation type="vanished">Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Add a tag to the selected orders</source>
        <translation type="vanished">Den ausgewählten Bestellungen einen Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation type="vanished">Tag entfernen…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected orders</source>
        <translation type="vanished">Einen Tag von den ausgewählten Bestellungen entfernen</translation>
    </message>
    <message>
        <source>Packing slips…</source>
        <translation type="vanished">Lieferscheine…</translation>
    </message>
    <message>
        <source>Save the packing slips of the selected orders as one PDF</source>
        <translation type="vanished">Die Lieferscheine der ausgewählten Bestellungen als ein PDF speichern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="vanished">CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the selected orders as a CSV file</source>
        <translation type="vanished">Die ausgewählten Bestellungen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="vanished">Filter</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="vanished">Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="vanished">Alle Status</translation>
    </message>
    <message>
        <source>Filter by payment</source>
        <translation type="vanished">Nach Zahlung filtern</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation type="vanished">Jede Zahlung</translation>
    </message>
    <message>
        <source>Filter by placing date</source>
        <translation type="vanished">Nach Aufgabedatum filtern</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="vanished">Beliebiges Datum</translation>
    </message>
    <message>
        <source>Placed today</source>
        <translation type="vanished">Heute aufgegeben</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="vanished">Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="vanished">Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="vanished">Zeitraum…</translation>
    </message>
    <message>
        <source>Placed on or after</source>
        <translation type="vanished">Aufgegeben am oder nach</translation>
    </message>
    <message>
        <source>Placed on or before</source>
        <translation type="vanished">Aufgegeben am oder vor</translation>
    </message>
    <message>
        <source>✕ all customers</source>
        <translation type="vanished">✕ alle Kunden</translation>
    </message>
    <message>
        <source>Show the orders of every customer</source>
        <translation type="vanished">Die Bestellungen aller Kunden anzeigen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="vanished">Nach Tag filtern</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="vanished">Jeder Tag</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="vanished">Ansicht speichern…</translation>
    </message>
    <message>
        <source>Keep the current filter as a named view</source>
        <translation type="vanished">Den aktuellen Filter als benannte Ansicht speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="vanished">Ansicht löschen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected orders can ship; for example: %1</source>
        <translation type="vanished">
            <numerusform>Die %Ln ausgewählte Bestellung kann nicht versendet werden: %1</numerusform>
            <numerusform>Keine der %Ln ausgewählten Bestellungen kann versendet werden; zum Beispiel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom filter</source>
        <translation type="vanished">Benutzerdefinierter Filter</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>unknown customer</source>
        <translation>unbekannter Kunde</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation type="vanished">Kunde: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation type="vanished">…</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="vanished">Alle Bestellungen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="vanished">Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="vanished">Name der Ansicht:</translation>
    </message>
    <message>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation type="vanished">Die Ansicht „%1“ löschen?</translation>
    </message>
    <message>
        <source>Select at most %L1 orders for one bulk action.</source>
        <translation type="vanished">Wählen Sie höchstens %L1 Bestellungen für eine Sammelaktion aus.</translation>
    </message>
    <message numerus="yes">
        <source>Ship %Ln order(s)</source>
        <translation type="vanished">
            <numerusform>%Ln Bestellung versenden</numerusform>
            <numerusform>%Ln Bestellungen versenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="vanished">Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="vanished">Tag entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln order(s):</source>
        <translation type="vanished">
            <numerusform>Tag, der %Ln Bestellung hinzugefügt wird:</numerusform>
            <numerusform>Tag, der %Ln Bestellungen hinzugefügt wird:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln order(s):</source>
        <translation type="vanished">
            <numerusform>Tag, der von %Ln Bestellung entfernt wird:</numerusform>
            <numerusform>Tag, der von %Ln Bestellungen entfernt wird:</numerusform>
        </translation>
    </message>
    <message>
        <source>Shipshape</source>
        <translation type="vanished">Shipshape</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln order(s) “%1”</source>
        <translation type="vanished">
            <numerusform>%Ln Bestellung mit „%1“ taggen</numerusform>
            <numerusform>%Ln Bestellungen mit „%1“ taggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln order(s) “%1”</source>
        <translation type="vanished">
            <numerusform>„%1“ von %Ln Bestellung entfernen</numerusform>
            <numerusform>„%1“ von %Ln Bestellungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packing slips for %Ln order(s)</source>
        <translation type="vanished">
            <numerusform>Lieferscheine für %Ln Bestellung</numerusform>
            <numerusform>Lieferscheine für %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln packing slip(s) to %1</source>
        <translation type="vanished">
            <numerusform>%Ln Lieferschein unter %1 gespeichert</numerusform>
            <numerusform>%Ln Lieferscheine unter %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln order(s)</source>
        <translation type="vanished">
            <numerusform>%Ln Bestellung exportieren</numerusform>
            <numerusform>%Ln Bestellungen exportieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1</source>
        <translation type="vanished">
            <numerusform>%Ln Bestellung nach %1 exportiert</numerusform>
            <numerusform>%Ln Bestellungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Save packing slips</source>
        <translation type="vanished">Lieferscheine speichern</translation>
    </message>
    <message>
        <source>packing-slips.pdf</source>
        <translation type="vanished">lieferscheine.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="vanished">PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>No packing slip written: no order could be loaded.</source>
        <translation type="vanished">Kein Lieferschein geschrieben: Keine Bestellung konnte geladen werden.</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation type="vanished">Bestellungen exportieren</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation type="vanished">bestellungen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="vanished">CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>shipshape::OutboxModel</name>
    <message>
        <location filename="../ui/models/OutboxModel.cpp" line="+278"/>
        <source>Reported by SendGrid on %1</source>
        <translation>Von SendGrid gemeldet am %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
</context>
<context>
    <name>shipshape::OutboxView</name>
    <message>
        <location filename="../ui/views/OutboxView.cpp" line="+61"/>
        <source>Show emails with status</source>
        <translation>E-Mails mit Status anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All emails</source>
        <translation>Alle E-Mails</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show emails with delivery state</source>
        <translation>E-Mails mit Zustellstatus anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any delivery</source>
        <translation>Alle Zustellstatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the outbox (F5)</source>
        <translation>Postausgang neu laden (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+267"/>
        <source>Send the selected failed or waiting emails at the next opportunity</source>
        <translation>Die ausgewählten fehlgeschlagenen oder wartenden E-Mails bei nächster Gelegenheit senden</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Send again…</source>
        <translation>Erneut senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+265"/>
        <source>Queue a fresh copy of the selected sent emails</source>
        <translation>Eine neue Kopie der ausgewählten gesendeten E-Mails einreihen</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Show the outbox of</source>
        <translation>Postausgang anzeigen für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails and SMS</source>
        <translation>E-Mails und SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;Zustellung:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer emails</source>
        <translation>Kunden-E-Mails</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select an email to see it as the customer does.</source>
        <translation>Wählen Sie eine E-Mail aus, um sie so zu sehen, wie der Kunde sie sieht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email preview</source>
        <translation>E-Mail-Vorschau</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The outbox could not be read.</source>
        <translation>Der Postausgang konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No emails SendGrid reported as “%1”.</source>
        <translation>Keine E-Mails, die SendGrid als „%1“ gemeldet hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No emails with status “%1”.</source>
        <translation>Keine E-Mails mit dem Status „%1“.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Show all emails</source>
        <translation>Alle E-Mails anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer emails yet.</source>
        <translation>Noch keine Kunden-E-Mails.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email is queued here for the customer when their order is placed, confirmed, shipped, delivered, cancelled or refunded.</source>
        <translation>Hier wird eine E-Mail an den Kunden eingereiht, wenn seine Bestellung aufgegeben, bestätigt, versendet, zugestellt, storniert oder erstattet wird.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%L1 of %Ln email(s) loaded</source>
        <translation>
            <numerusform>%L1 von %Ln E-Mail geladen</numerusform>
            <numerusform>%L1 von %Ln E-Mails geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln email(s)</source>
        <translation>
            <numerusform>%Ln E-Mail</numerusform>
            <numerusform>%Ln E-Mails</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>%Ln email(s) will be sent at the next opportunity.</source>
        <translation>
            <numerusform>%Ln E-Mail wird bei nächster Gelegenheit gesendet.</numerusform>
            <numerusform>%Ln E-Mails werden bei nächster Gelegenheit gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%L1 of %Ln email(s) queued again; %2</source>
        <translation>
            <numerusform>%L1 von %Ln E-Mail erneut eingereiht; %2</numerusform>
            <numerusform>%L1 von %Ln E-Mails erneut eingereiht; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Send %Ln email(s) to the customer again?</source>
        <translation>
            <numerusform>%Ln E-Mail erneut an den Kunden senden?</numerusform>
            <numerusform>%Ln E-Mails erneut an die Kunden senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln fresh copy(s) queued.</source>
        <translation>
            <numerusform>%Ln neue Kopie eingereiht.</numerusform>
            <numerusform>%Ln neue Kopien eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln fresh copy(s) queued; %1</source>
        <translation>
            <numerusform>%Ln neue Kopie eingereiht; %1</numerusform>
            <numerusform>%Ln neue Kopien eingereiht; %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Email %1 is no longer in the outbox.</source>
        <translation>E-Mail %1 ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To %1 · %2 · order #%3 · %4</source>
        <translation>An %1 · %2 · Bestellung #%3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> on %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>shipshape::PackLineModel</name>
    <message>
        <location filename="../ui/models/PackLineModel.cpp" line="+89"/>
        <source>Barcode %1</source>
        <translation>Barcode %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To pack</source>
        <translation>Zu packen</translation>
    </message>
</context>
<context>
    <name>shipshape::PackShipDialog</name>
    <message>
        <location filename="../ui/views/PackShipDialog.cpp" line="+20"/>
        <source>Ship order #%1</source>
        <translation>Bestellung #%1 versenden</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Order #%1 is packed (%n unit(s)). Scan or type the tracking number and press Enter to ship.</source>
        <translation>
            <numerusform>Bestellung #%1 ist gepackt (%n Einheit). Scannen Sie die Sendungsnummer oder geben Sie sie ein, und drücken Sie zum Versenden die Eingabetaste.</numerusform>
            <numerusform>Bestellung #%1 ist gepackt (%n Einheiten). Scannen Sie die Sendungsnummer oder geben Sie sie ein, und drücken Sie zum Versenden die Eingabetaste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tracking number</source>
        <translation>&amp;Sendungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Carrier</source>
        <translation>&amp;Versanddienstleister</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Scan or type the tracking number first.</source>
        <translation>Scannen Sie zuerst die Sendungsnummer oder geben Sie sie ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is a barcode of the order or its items, not a tracking number: nothing was shipped or counted. Scan the carrier&apos;s label.</source>
        <translation>„%1“ ist ein Barcode der Bestellung oder ihrer Artikel, keine Sendungsnummer: Es wurde nichts versendet oder gezählt. Scannen Sie das Etikett des Versanddienstleisters.</translation>
    </message>
</context>
<context>
    <name>shipshape::PackView</name>
    <message>
        <location filename="../ui/views/PackView.cpp" line="+55"/>
        <source>Order being packed</source>
        <translation>Bestellung in Bearbeitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order (#1042), then its items</source>
        <translation>Bestellung scannen (#1042), dann ihre Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last scan</source>
        <translation>Letzter Scan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do next</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to pack</source>
        <translation>Zu packende Positionen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Partly packed orders</source>
        <translation>Teilweise gepackte Bestellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This login may not ship orders.</source>
        <translation>Diese Anmeldung darf keine Bestellungen versenden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>#%1 (%2 of %3)</source>
        <translation>#%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly packed, scan to resume: %1</source>
        <translation>Teilweise gepackt, zum Fortsetzen scannen: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Order #%1 resumed: %2 of %3 packed</source>
        <translation>Bestellung #%1 fortgesetzt: %2 von %3 gepackt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1 opened</source>
        <translation>Bestellung #%1 geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ %1  %2 of %3</source>
        <translation>✓ %1  %2 von %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Packing slip: %1</source>
        <translation> Lieferschein: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The packing slip was not written: %1</source>
        <translation> Der Lieferschein wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 shipped, tracking %2. Scan the next order.</source>
        <translation>Bestellung #%1 versendet, Sendungsnummer %2. Scannen Sie die nächste Bestellung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No order open</source>
        <translation>Keine Bestellung geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the order&apos;s barcode (#1042) on its pick list or packing slip.</source>
        <translation>Scannen Sie den Barcode der Bestellung (#1042) auf ihrer Pickliste oder ihrem Lieferschein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1: %2 of %3 packed</source>
        <translation>Bestellung #%1: %2 von %3 gepackt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete. Press Enter or scan the order again to ship it.</source>
        <translation>Vollständig. Drücken Sie die Eingabetaste oder scannen Sie die Bestellung erneut, um sie zu versenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan each item (SKU or barcode). Another order&apos;s barcode opens that order.</source>
        <translation>Scannen Sie jeden Artikel (SKU oder Barcode). Der Barcode einer anderen Bestellung öffnet diese Bestellung.</translation>
    </message>
</context>
<context>
    <name>shipshape::ProductImportDialog</name>
    <message>
        <location filename="../ui/windows/ProductImportDialog.cpp" line="+25"/>
        <source>Import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems by row</source>
        <translation>Probleme nach Zeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln problem(s) in %1 rows; nothing was imported. Correct the file and open it again.</source>
        <translation>
            <numerusform>%Ln Problem in %1 Zeilen; es wurde nichts importiert. Korrigieren Sie die Datei und öffnen Sie sie erneut.</numerusform>
            <numerusform>%Ln Probleme in %1 Zeilen; es wurde nichts importiert. Korrigieren Sie die Datei und öffnen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 rows checked: %2 to create, %3 to update, the stock of %4 to set, %5 unchanged.</source>
        <translation>%1 Zeilen geprüft: %2 anzulegen, %3 zu aktualisieren, Bestand von %4 zu setzen, %5 unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1 rows: %2 created, %3 updated, the stock of %4 set, %5 unchanged.</source>
        <translation>%1 Zeilen importiert: %2 angelegt, %3 aktualisiert, Bestand von %4 gesetzt, %5 unverändert.</translation>
    </message>
</context>
<context>
    <name>shipshape::ProductSearchField</name>
    <message>
        <location filename="../ui/views/ProductSearchField.cpp" line="+21"/>
        <source>Add a product by name or SKU</source>
        <translation>Produkt nach Name oder SKU hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a product: type its name or SKU, Return adds it…</source>
        <translation>Produkt hinzufügen: Name oder SKU eingeben, Eingabetaste fügt es hinzu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product: type its name or SKU…</source>
        <translation>Produkt hinzufügen: Name oder SKU eingeben…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Product lookup failed: %1</source>
        <translation>Produktsuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln available</source>
        <translation>
            <numerusform>%Ln verfügbar</numerusform>
            <numerusform>%Ln verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 · %3 · %4</source>
        <translation>%1 — %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>shipshape::ProductTableModel</name>
    <message>
        <location filename="../ui/models/ProductTableModel.cpp" line="+111"/>
        <source>Out of stock: nothing available (%L1 on hand, %L2 reserved)</source>
        <translation>Nicht vorrätig: nichts verfügbar (%L1 am Lager, %L2 reserviert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low stock: %L1 available, threshold %L2</source>
        <translation>Niedriger Bestand: %L1 verfügbar, Schwelle %L2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>On hand minus what open orders have reserved</source>
        <translation>Lagerbestand abzüglich der von offenen Bestellungen reservierten Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product counts as low on stock when no more than this is available</source>
        <translation>Das Produkt gilt als niedriger Bestand, wenn höchstens diese Menge verfügbar ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GTIN/EAN printed on the product: 8, 12, 13 or 14 digits, the last one a check digit</source>
        <translation>Die auf dem Produkt aufgedruckte GTIN/EAN: 8, 12, 13 oder 14 Ziffern, die letzte eine Prüfziffer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Am Lager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-stock threshold</source>
        <translation>Schwelle für niedrigen Bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
</context>
<context>
    <name>shipshape::QuantityDelegate</name>
    <message>
        <location filename="../ui/views/QuantityDelegate.cpp" line="+21"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity of %1</source>
        <translation>Menge von %1</translation>
    </message>
</context>
<context>
    <name>shipshape::ReplenishDialog</name>
    <message>
        <location filename="../ui/views/ReplenishDialog.cpp" line="+20"/>
        <source>Replenish %1</source>
        <translation>%1 nachfüllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2
%3 on hand, %4 reserved, %5 available</source>
        <translation>%1 — %2
%3 am Lager, %4 reserviert, %5 verfügbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quantity received</source>
        <translation>Eingegangene Menge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. delivery for purchase order PO-1042</source>
        <translation>z. B. Lieferung zur Bestellung PO-1042</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replenish</source>
        <translation>Wareneingang buchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity received:</source>
        <translation>Eingegangene Menge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnDialog</name>
    <message>
        <location filename="../ui/views/ReturnDialog.cpp" line="+26"/>
        <source>Return from order #%1</source>
        <translation>Retoure zur Bestellung #%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already returned</source>
        <translation>Bereits retourniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation>Zu retournieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Units of %1 to return</source>
        <translation>Zu retournierende Einheiten von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why %1 comes back</source>
        <translation>Grund für die Retoure von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required for &quot;other&quot;</source>
        <translation>Erforderlich bei „Sonstiges“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note on the return</source>
        <translation>Notiz zur Retoure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for the timeline</source>
        <translation>Optional, für den Verlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Open return</source>
        <translation>Retoure anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnExchangeDialog</name>
    <message>
        <location filename="../ui/views/ReturnExchangeDialog.cpp" line="+27"/>
        <source>Exchange return %1</source>
        <translation>Retoure %1 umtauschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2 (%3). Pick the replacement; it goes to the same customer and address.</source>
        <translation>Retoure %1 der Bestellung #%2 (%3). Wählen Sie den Ersatz; er geht an denselben Kunden und dieselbe Adresse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replacement lines</source>
        <translation>Positionen der Ersatzbestellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Add the products of the replacement.</source>
        <translation>Fügen Sie die Produkte der Ersatzbestellung hinzu.</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Umtauschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one product to the replacement.</source>
        <translation>Fügen Sie der Ersatzbestellung mindestens ein Produkt hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The returned units are worth %1; the replacement costs %2.</source>
        <translation>Die retournierten Einheiten sind %1 wert; die Ersatzbestellung kostet %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer pays the difference of %1 on the replacement.</source>
        <translation>Der Kunde bezahlt die Differenz von %1 auf die Ersatzbestellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The difference of %1 is owed back on the original order.</source>
        <translation>Die Differenz von %1 ist auf der ursprünglichen Bestellung als Erstattung offen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The difference of %1 lowers what is still due on the original order.</source>
        <translation>Die Differenz von %1 verringert den offenen Betrag der ursprünglichen Bestellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money changes hands.</source>
        <translation>Es fließt kein Geld.</translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnReceiveDialog</name>
    <message>
        <location filename="../ui/views/ReturnReceiveDialog.cpp" line="+21"/>
        <source>Receive return %1</source>
        <translation>Eingang der Retoure %1 buchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restock</source>
        <translation>Wieder einlagern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units of %1 back on the shelf</source>
        <translation>Wieder eingelagerte Einheiten von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units of %1 written off</source>
        <translation>Abgeschriebene Einheiten von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 received)</source>
        <translation>%1 (%2 eingegangen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Eingang buchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What arrived? Units that never arrived are left at 0.</source>
        <translation>Was ist eingetroffen? Nicht eingetroffene Einheiten bleiben auf 0.</translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnRefundDialog</name>
    <message>
        <location filename="../ui/views/ReturnRefundDialog.cpp" line="+25"/>
        <source>Refund return %1</source>
        <translation>Retoure %1 erstatten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2: %3 units received.</source>
        <translation>Retoure %1 der Bestellung #%2: %3 Einheiten eingegangen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restocking fee</source>
        <translation>Wiedereinlagerungsgebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, or an amount in %1</source>
        <translation>keine, oder ein Betrag in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Refund the shipping too</source>
        <translation>Versandgebühr ebenfalls erstatten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund method</source>
        <translation>Erstattungsart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund reference</source>
        <translation>Referenz der Erstattung</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Erstatten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restocking fee:</source>
        <translation>Wiedereinlagerungsgebühr:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid by hand: say how the money went back.</source>
        <translation>Von Hand bezahlt: Geben Sie an, wie das Geld zurückgezahlt wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>Erstattungsart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnTableModel</name>
    <message>
        <location filename="../ui/models/ReturnTableModel.cpp" line="+67"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnsView</name>
    <message>
        <location filename="../ui/views/ReturnsView.cpp" line="+41"/>
        <source>Show returns in state</source>
        <translation>Retouren mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All returns</source>
        <translation>Alle Retouren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show returns with reason</source>
        <translation>Retouren mit diesem Grund anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any reason</source>
        <translation>Jeder Grund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show returns opened</source>
        <translation>Retouren nach Alter anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Älter als %n Tag</numerusform>
            <numerusform>Älter als %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show returns of any period again</source>
        <translation>Wieder Retouren aller Zeiträume anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the period</source>
        <translation>Zeitraum zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the returns (F5)</source>
        <translation>Retouren neu laden (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive…</source>
        <translation>Eingang buchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+188"/>
        <source>Say what arrived of the selected return: restocked or written off</source>
        <translation>Eingang der ausgewählten Retoure buchen: wieder einlagern oder abschreiben</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Refund…</source>
        <translation>Erstatten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <source>Refund the selected received return and close it</source>
        <translation>Die ausgewählte eingegangene Retoure erstatten und abschließen</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+184"/>
        <source>Reject the selected requested return, saying why</source>
        <translation>Die ausgewählte angemeldete Retoure mit Begründung ablehnen</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Exchange…</source>
        <translation>Umtauschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>Send a replacement for the selected return; its value pays for it</source>
        <translation>Ersatz für die ausgewählte Retoure senden; ihr Wert bezahlt ihn</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Age:</source>
        <translation>&amp;Alter:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Opened %1 – %2 ✕</source>
        <translation>Angelegt %1 – %2 ✕</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n Retoure</numerusform>
            <numerusform>%n Retouren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Reject return %1</source>
        <translation>Retoure %1 ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the return rejected? (for the timeline)</source>
        <translation>Warum wird die Retoure abgelehnt? (für den Verlauf)</translation>
    </message>
</context>
<context>
    <name>shipshape::SecretKeyField</name>
    <message>
        <location filename="../ui/views/SecretKeyField.cpp" line="+19"/>
        <location line="+27"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Replace the %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by the environment variable %1, which wins over the keychain</source>
        <translation>Gesetzt durch die Umgebungsvariable %1, die Vorrang vor dem Schlüsselbund hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain available (no D-Bus session); use %1</source>
        <translation>Kein Schlüsselbund verfügbar (keine D-Bus-Sitzung); verwenden Sie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain error: %1</source>
        <translation>Schlüsselbundfehler: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Paste the new %1. It is stored in the system keychain and never shown again.</source>
        <translation>Fügen Sie den neuen Wert für „%1“ ein. Er wird im Schlüsselbund des Systems gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 is empty; nothing was stored.</source>
        <translation>„%1“ ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shipshape</source>
        <translation>Shipshape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the %1 from the keychain?</source>
        <translation>„%1“ aus dem Schlüsselbund entfernen?</translation>
    </message>
</context>
<context>
    <name>shipshape::SettingsView</name>
    <message>
        <location filename="../ui/views/SettingsView.cpp" line="+50"/>
        <source>%1 is set in the environment and wins over this setting.</source>
        <translation>%1 ist in der Umgebung gesetzt und hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server (shared by several desktops)</source>
        <translation>PostgreSQL-Server (von mehreren Arbeitsplätzen gemeinsam genutzt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the SQLite file</source>
        <translation>SQLite-Datei auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this database</source>
        <translation>Diese Datenbank verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this database the next time Shipshape starts</source>
        <translation>Diese Datenbank beim nächsten Start von Shipshape öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passwords are never part of the URL: they come from the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation>Passwörter sind nie Teil der URL: Sie stammen aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payments and email providers</source>
        <translation>Zahlungs- und E-Mail-Anbieter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stripe base URL</source>
        <translation>Stripe-Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe base URL:</source>
        <translation>Stripe-Basis-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe secret key</source>
        <translation>Geheimer Stripe-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe secret key:</source>
        <translation>Geheimer Stripe-Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page after a payment link is paid</source>
        <translation>Seite nach Bezahlung eines Zahlungslinks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://your-shop.example/thank-you</source>
        <translation>https://your-shop.example/thank-you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Stripe sends customers after they paid through a payment link. Payment links are available once it is set.</source>
        <translation>Wohin Stripe Kunden nach der Bezahlung über einen Zahlungslink weiterleitet. Zahlungslinks sind verfügbar, sobald dies festgelegt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link return page:</source>
        <translation>Rückkehrseite für Zahlungslinks:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SendGrid base URL</source>
        <translation>SendGrid-Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SendGrid base URL:</source>
        <translation>SendGrid-Basis-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid API key</source>
        <translation>SendGrid-API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SendGrid API key:</source>
        <translation>SendGrid-API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid event webhook verification key</source>
        <translation>Verifizierungsschlüssel des SendGrid-Event-Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…</source>
        <translation>MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public key SendGrid shows for a signed Event Webhook. With it, delivered, bounced and dropped emails are recorded on the order.</source>
        <translation>Der öffentliche Schlüssel, den SendGrid für einen signierten Event Webhook anzeigt. Damit werden zugestellte, unzustellbare und verworfene E-Mails bei der Bestellung vermerkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event webhook key:</source>
        <translation>Event-Webhook-Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base URLs must use https; plain http is accepted only for this computer (test servers). Keys are kept in the system keychain and never shown again.</source>
        <translation>Basis-URLs müssen https verwenden; einfaches http wird nur für diesen Computer akzeptiert (Testserver). Schlüssel werden im Schlüsselbund des Systems gespeichert und nie wieder angezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sender of customer emails</source>
        <translation>Absender der Kunden-E-Mails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address:</source>
        <translation>Absenderadresse:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From name:</source>
        <translation>Absendername:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS status messages</source>
        <translation>SMS-Statusmeldungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send SMS status messages to customers with a phone</source>
        <translation>SMS-Statusmeldungen an Kunden mit Telefonnummer senden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Twilio account SID</source>
        <translation>Twilio-Account-SID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twilio account SID:</source>
        <translation>Twilio-Account-SID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS sender number</source>
        <translation>SMS-Absendernummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender number:</source>
        <translation>Absendernummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio messaging service SID</source>
        <translation>Twilio-Messaging-Service-SID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging service:</source>
        <translation>Messaging-Service:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MG… (optional; sends instead of the number)</source>
        <translation>MG… (optional; sendet statt der Nummer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio auth token:</source>
        <translation>Twilio-Auth-Token:</translation>
    </message>
    <message>
        <source>On: customers with a phone get these through Twilio.</source>
        <translation type="vanished">Ein: Kunden mit Telefonnummer erhalten sie über Twilio.</translation>
    </message>
    <message>
        <source>Off: turn on with sms/enabled and a Twilio account (docs/operations.md).</source>
        <translation type="vanished">Aus: Einschalten mit sms/enabled und einem Twilio-Konto (docs/operations.md).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1
%n segment(s), %2, %3 characters</source>
        <translation>
            <numerusform>%1
%n Segment, %2, %3 Zeichen</numerusform>
            <numerusform>%1
%n Segmente, %2, %3 Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders, language and appearance</source>
        <translation>Bestellungen, Sprache und Darstellung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance:</source>
        <translation>Darstellung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appearance changes when saved; the other changes on this page take effect when Shipshape starts next.</source>
        <translation>Die Darstellung ändert sich beim Speichern; die übrigen Änderungen auf dieser Seite werden beim nächsten Start von Shipshape wirksam.</translation>
    </message>
    <message>
        <source>Orders and language</source>
        <translation type="vanished">Bestellungen und Sprache</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Reservation hold in minutes</source>
        <translation>Reservierungsdauer in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the stock of an unpaid order stays reserved</source>
        <translation>Wie lange der Bestand einer unbezahlten Bestellung reserviert bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold stock of unpaid orders for:</source>
        <translation>Bestand unbezahlter Bestellungen reservieren für:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Changes on this page take effect when Shipshape starts next.</source>
        <translation type="vanished">Änderungen auf dieser Seite werden beim nächsten Start von Shipshape wirksam.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>In use now: %1</source>
        <translation>Aktuell verwendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>Nothing was saved: %Ln field(s) need attention.</source>
        <translation>
            <numerusform>Nichts gespeichert: %Ln Feld muss geprüft werden.</numerusform>
            <numerusform>Nichts gespeichert: %Ln Felder müssen geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved. The appearance has changed; the other changes take effect when Shipshape starts next.</source>
        <translation>Gespeichert. Die Darstellung wurde geändert; die übrigen Änderungen werden beim nächsten Start von Shipshape wirksam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The changes take effect when Shipshape starts next.</source>
        <translation>Gespeichert. Die Änderungen werden beim nächsten Start von Shipshape wirksam.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected to %1: %2</source>
        <translation>Verbunden mit %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipshape will open %1 the next time it starts.</source>
        <translation>Shipshape öffnet %1 beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>shipshape::ShipDialog</name>
    <message>
        <location filename="../ui/views/ShipDialog.cpp" line="+31"/>
        <source>Ship order #%1</source>
        <translation>Bestellung #%1 versenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a SKU or barcode</source>
        <translation>SKU oder Barcode scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type a SKU or barcode, then Enter</source>
        <translation>SKU oder Barcode scannen oder eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan mode</source>
        <translation>Scanmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count each unit as it is scanned: every count starts at 0</source>
        <translation>Jede Einheit beim Scannen zählen: Jede Zählung beginnt bei 0</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ship now</source>
        <translation>Jetzt versenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines to ship</source>
        <translation>Zu versendende Positionen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Carrier</source>
        <translation>Versanddienstleister</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship</source>
        <translation>Versenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship the parcel</source>
        <translation>Paket versenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan:</source>
        <translation>Scannen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier:</source>
        <translation>Versanddienstleister:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number:</source>
        <translation>Sendungsnummer:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No line left to ship on this order has the SKU or barcode &quot;%1&quot;; nothing counted.</source>
        <translation>Keine noch zu versendende Position dieser Bestellung hat die SKU oder den Barcode „%1“; nichts gezählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One too many: all %1 units of %2 left to ship are counted already; nothing counted.</source>
        <translation>Eine zu viel: Alle %1 noch zu versendenden Einheiten von %2 sind bereits gezählt; nichts gezählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 of %3 counted</source>
        <translation>%1: %2 von %3 gezählt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scan mode: each scan counts one unit.</source>
        <translation>Scanmodus: Jeder Scan zählt eine Einheit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing chosen to ship yet.</source>
        <translation>Noch nichts zum Versenden ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) in this parcel.</source>
        <translation>
            <numerusform>%n Einheit in diesem Paket.</numerusform>
            <numerusform>%n Einheiten in diesem Paket.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one unit to ship.</source>
        <translation>Wählen Sie mindestens eine Einheit zum Versenden aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the parcel&apos;s tracking number.</source>
        <translation>Geben Sie die Sendungsnummer des Pakets an.</translation>
    </message>
</context>
<context>
    <name>shipshape::StockMovementModel</name>
    <message>
        <location filename="../ui/models/StockMovementModel.cpp" line="+89"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand ±</source>
        <translation>Am Lager ±</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved ±</source>
        <translation>Reserviert ±</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand after</source>
        <translation>Am Lager danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>shipshape::TaxRateModel</name>
    <message>
        <location filename="../ui/models/TaxRateModel.cpp" line="+38"/>
        <source>whole country</source>
        <translation>ganzes Land</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax class</source>
        <translation>Steuerklasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
</context>
<context>
    <name>shipshape::TaxRatesPanel</name>
    <message>
        <location filename="../ui/views/TaxRatesPanel.cpp" line="+44"/>
        <location line="+6"/>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole country</source>
        <translation>ganzes Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class</source>
        <translation>Steuerklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax name on invoices</source>
        <translation>Steuerbezeichnung auf Rechnungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate in percent</source>
        <translation>Satz in Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set rate</source>
        <translation>Satz festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue prices include tax</source>
        <translation>Katalogpreise enthalten die Steuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When on, tax is the part of each price that is tax; when off, it is added on top.</source>
        <translation>Wenn aktiviert, ist die Steuer in jedem Preis enthalten; wenn deaktiviert, wird sie aufgeschlagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country, region:</source>
        <translation>Land, Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class:</source>
        <translation>Steuerklasse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%):</source>
        <translation>Satz (%):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rates apply at once to new orders and new lines on every desktop; orders already placed keep the rates they were placed with.</source>
        <translation>Sätze gelten sofort für neue Bestellungen und neue Positionen an jedem Arbeitsplatz; bereits aufgegebene Bestellungen behalten die Sätze, mit denen sie aufgegeben wurden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New orders: prices include tax.</source>
        <translation>Neue Bestellungen: Die Preise enthalten die Steuer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New orders: tax is added on top of prices.</source>
        <translation>Neue Bestellungen: Die Steuer wird auf die Preise aufgeschlagen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No tax rates: orders are not taxed.</source>
        <translation>Keine Steuersätze: Bestellungen werden nicht besteuert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tax rate saved.</source>
        <translation>Steuersatz gespeichert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tax rate removed.</source>
        <translation>Steuersatz entfernt.</translation>
    </message>
</context>
<context>
    <name>shipshape::TimelineDelegate</name>
    <message>
        <location filename="../ui/views/TimelineDelegate.cpp" line="+52"/>
        <source>%1  ·  %2  ·  %3</source>
        <translation>%1  ·  %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>shipshape::TimelineModel</name>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="+28"/>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment processing</source>
        <translation>Zahlung in Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment outcome unknown</source>
        <translation>Zahlungsergebnis unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund failed</source>
        <translation>Erstattung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund pending</source>
        <translation>Erstattung ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as credit</source>
        <translation>Als Guthaben behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute opened</source>
        <translation>Streitfall eröffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link sent</source>
        <translation>Zahlungslink gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link failed</source>
        <translation>Zahlungslink fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link expired</source>
        <translation>Zahlungslink abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email failed</source>
        <translation>E-Mail fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email delivered</source>
        <translation>E-Mail zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email bounced</source>
        <translation>E-Mail unzustellbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email dropped</source>
        <translation>E-Mail verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email marked as spam</source>
        <translation>E-Mail als Spam markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff note</source>
        <translation>Mitarbeiternotiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed</source>
        <translation>Tags geändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tracking %1</source>
        <translation>Sendungsnummer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, tracking %2</source>
        <translation>%1, Sendungsnummer %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>price of %1: %2 → %3</source>
        <translation>Preis von %1: %2 → %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tax rate of %1: %2 % → %3 %</source>
        <translation>Steuersatz von %1: %2 % → %3 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discounts: %1 → %2</source>
        <translation>Rabatte: %1 → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipping: %1 → %2</source>
        <translation>Versand: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new address: %1</source>
        <translation>neue Adresse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total: %1 → %2</source>
        <translation>Gesamt: %1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tagged: %1</source>
        <translation>Tags hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untagged: %1</source>
        <translation>Tags entfernt: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — %2 by %3</source>
        <translation>%1 — %2 von %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 by %3
%4</source>
        <translation>%1 — %2 von %3
%4</translation>
    </message>
</context>
<context>
    <name>shipshape::UnshippedLineModel</name>
    <message>
        <location filename="../ui/models/UnshippedLineModel.cpp" line="+7"/>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>0 to %1 units</source>
        <translation>0 bis %1 Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1</source>
        <translation>Barcode %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already shipped</source>
        <translation>Bereits versendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left to ship</source>
        <translation>Noch zu versenden</translation>
    </message>
</context>
<context>
    <name>shipshape::WebhookDeliveriesPanel</name>
    <message>
        <location filename="../ui/views/WebhookDeliveriesPanel.cpp" line="+39"/>
        <source>Show webhook deliveries with status</source>
        <translation>Webhook-Zustellungen mit Status anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected failed or waiting webhooks at the next worker round</source>
        <translation>Die ausgewählten fehlgeschlagenen oder wartenden Webhooks in der nächsten Worker-Runde senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No webhook deliveries.</source>
        <translation>Keine Webhook-Zustellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n Zustellung</numerusform>
            <numerusform>%n Zustellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n webhook delivery(s) queued again.</source>
        <translation>
            <numerusform>%n Webhook-Zustellung erneut eingereiht.</numerusform>
            <numerusform>%n Webhook-Zustellungen erneut eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::WebhookDeliveryModel</name>
    <message>
        <location filename="../ui/models/WebhookDeliveryModel.cpp" line="+45"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>shipshape::WebhookEndpointModel</name>
    <message>
        <location filename="../ui/models/WebhookEndpointModel.cpp" line="+34"/>
        <source>Added by %1</source>
        <translation>Hinzugefügt von %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>shipshape::WebhooksPanel</name>
    <message>
        <location filename="../ui/views/WebhooksPanel.cpp" line="+44"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhook endpoints</source>
        <translation>Webhook-Endpunkte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send test ping</source>
        <translation>Test-Ping senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing secret of the new endpoint</source>
        <translation>Signaturgeheimnis des neuen Endpunkts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each event is sent as a signed JSON POST (Shipshape-Signature) with the change that caused it, retried with backoff, and listed with the worker&apos;s other deliveries. A new endpoint&apos;s signing secret is shown once, for its receiver.</source>
        <translation>Jedes Ereignis wird als signierter JSON-POST (Shipshape-Signature) mit der Änderung gesendet, die es ausgelöst hat, bei Fehlern mit wachsendem Abstand wiederholt und zusammen mit den anderen Zustellungen des Workers aufgelistet. Das Signaturgeheimnis eines neuen Endpunkts wird einmalig für seinen Empfänger angezeigt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No webhook endpoints: events are not sent anywhere.</source>
        <translation>Keine Webhook-Endpunkte: Ereignisse werden nirgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Endpoint %1 added. Give its receiver this signing secret; it is not shown again.</source>
        <translation>Endpunkt %1 hinzugefügt. Geben Sie seinem Empfänger dieses Signaturgeheimnis; es wird nicht erneut angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint %1 added, but its secret is not in the keychain (%2): set %3 for the worker, and give the receiver this signing secret.</source>
        <translation>Endpunkt %1 hinzugefügt, aber sein Geheimnis ist nicht im Schlüsselbund (%2): Setzen Sie %3 für den Worker, und geben Sie dem Empfänger dieses Signaturgeheimnis.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Endpoint %1 removed; %n queued delivery(s) will not be sent.</source>
        <translation>
            <numerusform>Endpunkt %1 entfernt; %n eingereihte Zustellung wird nicht gesendet.</numerusform>
            <numerusform>Endpunkt %1 entfernt; %n eingereihte Zustellungen werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending a test ping to endpoint %1…</source>
        <translation>Test-Ping an Endpunkt %1 wird gesendet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1 answered HTTP %2 in %3 ms.</source>
        <translation>Endpunkt %1 hat in %3 ms mit HTTP %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint %1 did not accept the ping after %2 ms: %3</source>
        <translation>Endpunkt %1 hat den Ping nach %2 ms nicht angenommen: %3</translation>
    </message>
</context>
<context>
    <name>shipshape::api::ApiServer</name>
    <message>
        <location filename="../app/api/ApiServer.cpp" line="+21"/>
        <source>This Qt has no TLS support (OpenSSL is missing).</source>
        <translation>Diese Qt-Version unterstützt kein TLS (OpenSSL fehlt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PEM certificate in %1.</source>
        <translation>Kein PEM-Zertifikat in %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No unencrypted PEM RSA or EC private key in %1.</source>
        <translation>Kein unverschlüsselter privater PEM-Schlüssel (RSA oder EC) in %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server is shutting down; retry shortly.</source>
        <translation>Der Server wird heruntergefahren; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Der Anfragetext ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Stripe webhook is not configured: store its signing secret with &quot;shipshape-cli secrets set stripe-webhook&quot; (or set SHIPSHAPE_STRIPE_WEBHOOK_SECRET) and restart the server.</source>
        <translation>Der Stripe-Webhook ist nicht eingerichtet: Speichern Sie sein Signaturgeheimnis mit „shipshape-cli secrets set stripe-webhook“ (oder setzen Sie SHIPSHAPE_STRIPE_WEBHOOK_SECRET) und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SendGrid webhook is not configured: set its verification key (the sendgrid/webhookPublicKey setting or SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) and restart the server.</source>
        <translation>Der SendGrid-Webhook ist nicht eingerichtet: Setzen Sie seinen Verifizierungsschlüssel (die Einstellung sendgrid/webhookPublicKey oder SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Twilio webhook is not configured: store the auth token with &quot;shipshape-cli secrets set twilio&quot; (or set SHIPSHAPE_TWILIO_AUTH_TOKEN) and restart the server.</source>
        <translation>Der Twilio-Webhook ist nicht eingerichtet: Speichern Sie das Auth-Token mit „shipshape-cli secrets set twilio“ (oder setzen Sie SHIPSHAPE_TWILIO_AUTH_TOKEN) und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send Authorization: Bearer &lt;token&gt;.</source>
        <translation>Senden Sie Authorization: Bearer &lt;token&gt;.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Too many requests for this token; retry in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen für dieses Token; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen für dieses Token; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
</TS>
