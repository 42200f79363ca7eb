<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Address</name>
    <message>
        <location filename="../core/orders/Address.cpp" line="+43"/>
        <source>&quot;%1&quot; is not a postal code (letters, digits, spaces and hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a two-letter ISO country code such as US or DE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCommands</name>
    <message>
        <location filename="../app/cli/commands/ApiCommands.cpp" line="+85"/>
        <source>The Stripe webhook secret starts with whsec_ (Stripe shows it with the endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <location filename="../app/api/ApiServer.cpp" line="+103"/>
        <source>TLS needs both --tls-cert and --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain HTTP is only served on loopback; give --tls-cert and --tls-key to listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <location filename="../app/api/ApiToken.cpp" line="+65"/>
        <source>The token&apos;s customer is not a customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token&apos;s storefront name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token names neither a customer nor a storefront.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The API token key must be at least %1 bytes (it is %2); store one with `shipshape-cli secrets set api-jwt` or set SHIPSHAPE_API_JWT_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The bearer token is not a JSON Web Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token&apos;s header is not base64url-encoded JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token must be signed with HS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token&apos;s type must be JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token asks for extensions this server does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token&apos;s claims are not base64url-encoded JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token has no expiry time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token was issued by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token is meant for another audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token names no subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the lifetime as a number with s, m, h or d (&quot;1h&quot;), at most 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationSettings</name>
    <message>
        <location filename="../core/settings/ApplicationSettings.cpp" line="+71"/>
        <source>Enter the provider&apos;s base URL, e.g. https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not put a user name or password in the base URL; API keys go in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; must be a plain base URL without ? or #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The reservation hold must be %1 to %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown language &quot;%1&quot; (use the system language, en or de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown appearance &quot;%1&quot; (use the desktop&apos;s, light or dark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a Twilio account SID (AC and 32 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a phone number in E.164 form (+ and the country code, e.g. +14155550100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a Twilio messaging service SID (MG and 32 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS needs the Twilio account SID and a sender number or messaging service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+23"/>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDigest</name>
    <message>
        <location filename="../core/archive/ArchiveDigest.cpp" line="+84"/>
        <source>The table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The table %1 has no primary key to order its rows by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No columns known for the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveExporter</name>
    <message numerus="yes">
        <location filename="../core/archive/ArchiveExporter.cpp" line="+283"/>
        <source>The archive would name %n row(s) it does not hold; nothing was written.</source>
        <translation>
            <numerusform>The archive would name %n row it does not hold; nothing was written.</numerusform>
            <numerusform>The archive would name %n rows it does not hold; nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--from must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to must be a date on or after --from (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the archive file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists already; an archive is never written over another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Cannot put the archive in place as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveManifest</name>
    <message>
        <location filename="../core/archive/ArchiveManifest.cpp" line="+61"/>
        <source>%1 is not a Shipshape archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the manifest has no format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is an archive of format %2; this Shipshape reads up to format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the manifest&apos;s period or schema version is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest has no content checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the manifest lists no tables.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePurge</name>
    <message>
        <location filename="../core/archive/ArchivePurge.cpp" line="+136"/>
        <source>orders placed through %1 purged (archive %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--through must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the archive to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an admin may purge orders; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive %1 is redacted: its rows differ from the database&apos;s, so it cannot prove that it holds the orders. Export one without --redact-customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The archive %1 was exported from %2, not from this database (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive %1 holds the orders placed through %2; it cannot cover a purge through %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>order %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was purged: only finished orders (delivered or cancelled, with nothing still under way) can be purged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Nothing was purged: the archive %1 lacks %n order(s) placed through %2: %3.</source>
        <translation>
            <numerusform>Nothing was purged: the archive %1 lacks %n order placed through %2: %3.</numerusform>
            <numerusform>Nothing was purged: the archive %1 lacks %n orders placed through %2: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Nothing was purged: %n order(s) changed after the archive %1 was exported: %2. Export the period again.</source>
        <translation>
            <numerusform>Nothing was purged: %n order changed after the archive %1 was exported: %2. Export the period again.</numerusform>
            <numerusform>Nothing was purged: %n orders changed after the archive %1 was exported: %2. Export the period again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveReview</name>
    <message>
        <location filename="../core/archive/ArchiveReview.cpp" line="+35"/>
        <source>The archive %1 was written in schema version %2; this Shipshape reads up to version %3. Open it with a newer Shipshape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create a temporary folder to open the archive in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot copy the archive %1 to %2 to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archive %1 (schema version %2) cannot be brought to this Shipshape&apos;s schema: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archive of %1 – %2 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveVerifier</name>
    <message>
        <location filename="../core/archive/ArchiveVerifier.cpp" line="+18"/>
        <source>There is no archive %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read as an archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The archive %1 fails verification: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its schema is at version %1, its manifest says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the table %1 has %2 rows, its manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the rows of the table %1 differ from the checksum in its manifest (%2 rows, SHA-256 %3 expected, %4 found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the content checksum differs from its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it holds %1 orders, its manifest says %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodeImage</name>
    <message>
        <location filename="../ui/printing/BarcodeImage.cpp" line="+17"/>
        <source>&quot;%1&quot; cannot be printed as a Code 128 barcode (1 to 80 printable ASCII characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The barcode library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; cannot be printed as a barcode: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelMoneyChoices</name>
    <message>
        <location filename="../core/orders/CancelMoney.cpp" line="+40"/>
        <source>Refund it to the card now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a refund made outside Shipshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it as the customer&apos;s credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decide later (the refund stays owed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelOrderForm</name>
    <message>
        <location filename="../ui/views/CancelOrderForm.cpp" line="+28"/>
        <source>Cancel order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer paid %1. What happens to it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refund method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelReasons</name>
    <message>
        <location filename="../core/orders/CancelReason.cpp" line="+48"/>
        <source>Customer request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment not received in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardRefundForm</name>
    <message>
        <location filename="../ui/views/CardRefundForm.cpp" line="+19"/>
        <source>Refund order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (up to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The money goes back to the card. To take lines out of an order that has not shipped (and return their stock), use Cancel lines or Edit order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CommandInput.cpp" line="+79"/>
        <source>--offset must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+33"/>
        <source>%1 needs a subcommand: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--database needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs a subcommand before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not take the option --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 needs the argument %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes no arguments (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes only %2 (got &quot;%3&quot; too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs --%2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs --%2 %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <location filename="../app/cli/commands/HelpCommands.cpp" line="+47"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+92"/>
        <location line="+18"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/cli/commands/OrderImportCommand.cpp" line="+82"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+330"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 4 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/DatabaseCommands.cpp" line="+22"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The schema, and a generated shop to try things on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brings the schema up to date (or to the version --to names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The schema version to migrate to, up or down (0 removes every table). Default: the latest, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A non-empty SQLite file is first copied next to itself as &lt;file&gt;.v&lt;N&gt;-&lt;timestamp&gt;.bak; PostgreSQL databases are not backed up (use pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fills an empty database with a generated shop: products, customers, orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders, spread over the last 180 days (0 to 100000000). Default: 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products (1 to 1000000). Default: 250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers (1 to 10000000). Default: 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same seed gives the same shop. Default: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders partly shipped: one or two parcels sent, units still to ship (0 to 100). Default: 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered orders with a return: requested, received (restocked, written off), refunded or rejected (0 to 100). Default: 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of those returns, exchanged for a replacement order (0 to the returned share). Default: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database that already holds products or orders is refused (exit 4). Shares are percentages of all orders; partly shipped and returned together at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--to needs a schema version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Schema is at version %1; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Migrated schema from version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%L1 of %L2 orders written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created %1 (%2), %3 and %4 in %L5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/CommandInput.cpp" line="-15"/>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="-87"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="+22"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people who order. A customer is created by their first order (orders place) and found again by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists customers with their IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only customers whose name or email contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+304"/>
        <source>At most N rows (1 to 100000). Default: 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+3"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="-159"/>
        <source>Skip the first N rows. Default: 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sets the mobile number customers get SMS status messages on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number, with + and the country code or as dialled in the shop&apos;s default region (sms/defaultRegion); &quot;&quot; removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number is checked with libphonenumber and stored in E.164 (+447700900123). A number that is not valid exits 3 naming it and changes nothing. A customer who answered STOP stays opted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+159"/>
        <location filename="../app/cli/commands/TaxesCommands.cpp" line="+119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="+208"/>
        <location line="+99"/>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+137"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="+0"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no phone number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s phone is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They opted out of SMS (STOP); no SMS is sent to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+0"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  (low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-182"/>
        <source>The product&apos;s SKU, e.g. SKU-10001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalogue and its stock: every change of stock lands on the product&apos;s ledger (products movements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists products with their stock, by SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only products whose SKU or name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N rows (1 to 100000). Default: 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only products whose available stock is at or below their low-stock threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows one product&apos;s price and stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds a product to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;; unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What staff and customers see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A decimal in the currency&apos;s units, e.g. 29.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ISO 4217 code. Default: USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units on hand to start with. Default: 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low stock at or below this many available units. Default: 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which tax rates apply (taxes list). Default: standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product&apos;s GTIN/EAN: 8, 12, 13 or 14 digits with a valid check digit; unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes a product&apos;s name, price, tax class or barcode (not its stock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new price, a decimal, e.g. 29.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price&apos;s ISO 4217 code, with --price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which tax rates apply (taxes list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new GTIN/EAN (check digit validated; unique); &quot;&quot; removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creates or updates products from a CSV file, all rows or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFC 4180 CSV, UTF-8, with a header row: sku, name, price, currency and optionally barcode, tax_class, low_stock_threshold, on_hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the file and say what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each row names a product by SKU: a new SKU is created, a known one updated. The whole file is checked first; any problem is reported with its row, column and value, and nothing is written (exit 3). Empty optional cells keep what the product has. A new on_hand is a stock correction on the ledger, its reason the import&apos;s reference. `products export` writes this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writes every product as CSV, in the format products import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write; standard output when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sets the counted stock on hand (a correction on the ledger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units on hand now; not below what open orders hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why, for the ledger, e.g. &quot;cycle count&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Adds received units to the stock on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units received, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the ledger, e.g. a purchase order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows a product&apos;s stock ledger, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N movements (1 to 100000). Default: 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>SKU:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserved:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low at:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing to change: give --name, --price, --currency, --tax-class or --barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-276"/>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1: %2 on hand, %3 reserved, %4 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderImportCommand.cpp" line="-49"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Places orders from another system&apos;s CSV or JSON Lines file, each external order once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV file (a row per order line, header first) or, named *.jsonl, JSON Lines (an order object per line); docs/orders-import.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other system&apos;s name (default &quot;import&quot;); an order is imported once per source and external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read FIELD from the CSV column COLUMN (repeatable), over the header names and known aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the file and say what would be placed; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The whole file is checked first; any problem is reported with its line, column, value and reason, and nothing is written (exit 3). Each order is then placed at the file&apos;s prices (what the customer paid), its stock reserved, and marked paid by its payment method (default bank_transfer) with the reference &quot;imported from SOURCE, external id ID&quot;. An order already imported from the same source is reported and not placed again. Progress goes to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+301"/>
        <source>%1 is larger than 512 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>checked %1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>placed %1 of %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+17"/>
        <source>%1: %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1: %n problem; nothing was imported.</numerusform>
            <numerusform>%1: %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: stopped after placing %2 orders; run it again to place the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dry run, nothing written: %1 rows, %2 orders; would place %3, %4 already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 rows, %2 orders: placed %3, %4 already imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+2"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="+0"/>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dry run, nothing written: %1 rows; would create %2, update %3, set the stock of %4; %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 rows: %2 created, %3 updated, stock set for %4, %5 unchanged (ledger reason &quot;%6&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>now %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderText.cpp" line="+21"/>
        <source>Order #%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:    %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer:  %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment:   %1, paid %2, balance %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, kept as credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, refund owed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tracking:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tags:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces:  return %1, whose credit of %2 pays for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(%1 shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="+134"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incl. %1 %2 % of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2 % of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+207"/>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="+4"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>(no reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refunds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shipments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Returns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchanged for #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="-392"/>
        <source>Unknown status &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown payment state &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--cancel-reason needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/commands/OrderMoneyCommands.cpp" line="+30"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="+148"/>
        <source>Unknown cancel reason &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--%1 must be a date like 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="-72"/>
        <source>Unknown refund method &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+14"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="-95"/>
        <location filename="../app/cli/commands/TagCommands.cpp" line="+72"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="-113"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+115"/>
        <source>The order: its number (1042 or #1042) or its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The JSON request: a file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  items            the lines, at least one:
    productId      the product&apos;s SKU (&quot;sku&quot; is accepted too)
    quantity       a whole number from 1 to %1
    price          optional: the unit price the customer was shown, as text (&quot;29.99&quot;) or a
                   JSON number; if the catalogue price differs, nothing is changed (exit 4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  shippingAddress  {&quot;street&quot;, &quot;city&quot;, &quot;state&quot;, &quot;zip&quot;: text on one line,
                   &quot;country&quot;: optional two-letter ISO code, default &quot;US&quot;}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  discounts        optional, a list of {&quot;type&quot;: &quot;percent&quot; | &quot;amount&quot;, &quot;value&quot;: &quot;10&quot; | &quot;5.00&quot;,
                   &quot;sku&quot;: optional, the line it is for (else the whole order, spread over
                   the lines), &quot;code&quot; or &quot;reason&quot;: at least one}
  shipping         optional, {&quot;method&quot;: text, &quot;amount&quot;: &quot;4.95&quot;}
Tax is added per line from the shop&apos;s rates (taxes list); docs/pricing.md has the rules.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The request is one JSON object with at least one of:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  discounts        the complete new set of discounts ([] removes them all), as for orders place
  shipping         the new shipping fee, {&quot;method&quot;: text, &quot;amount&quot;: &quot;4.95&quot;}
  prices           unit prices set by hand, {&quot;SKU&quot;: &quot;12.00&quot;}; needs a note (or &quot;reason&quot;)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders and their lifecycle: pending → confirmed (paid) → shipped → delivered, or cancelled. Every change lands on the order&apos;s timeline (orders show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists orders, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only orders in this status; a comma-separated list means any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only orders this far along shipping (partially_shipped: some parcels sent, more to come); a comma-separated list means any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only this customer&apos;s orders (the UUID from customers list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order number, customer name or email, SKU or tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only orders tagged TAG (in any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placed on or after this day (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placed on or before this day (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only orders whose money is in this state: refund_owed holds more than the order costs (a cancelled or reduced order not yet refunded), credit kept the money as the customer&apos;s credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only orders cancelled for this reason; a comma-separated list means any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shows an order: lines, payments with their references, timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Places an order from a JSON request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edits a placed order&apos;s lines, prices, discounts, shipping or address from a JSON request, and settles the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Shows what the edit would do and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The same as orders edit (its earlier name, kept for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancels an order before shipment, releases its stock and says what happens to money already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="+50"/>
        <source>Why, for the timeline and the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="+5"/>
        <source>More detail for the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens to money already paid (required when the order holds some): refund sends a card payment back through Stripe, record records a refund made outside Shipshape (--method), credit keeps it as the customer&apos;s credit, later leaves it owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With --money record: how the money went back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --money record: the refund&apos;s reference, e.g. the bank transfer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --money record: the amount refunded. Default: everything the order holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same as --money later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An order that holds money (paid and not yet refunded) needs --money: refund (card orders), record (invoice, bank transfer and cash orders), credit or later. Until it is settled the order shows the refund owed (orders refund, orders credit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refunds a card payment through Stripe, or records a refund made outside Shipshape for an invoice, bank-transfer or cash order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the money went back (required for invoice, bank-transfer and cash orders; not for card orders, which Stripe refunds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the order&apos;s currency, e.g. 12.50. Default: everything not yet refunded (refunds in progress count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A refund made outside Shipshape: its reference, e.g. the bank transfer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why, e.g. requested_by_customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refund lands on the order&apos;s refunds, its timeline and the customer&apos;s &quot;refunded&quot; email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeps the refund an order owes as the customer&apos;s credit instead of paying it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+86"/>
        <source>Why, for the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emails the customer a Stripe link to pay a card order&apos;s balance due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A link that can still be paid is not sent twice (exit 4). Exits 5 when Stripe refuses the link and 6 when it does not answer (the worker creates it then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records the balance of an invoice, bank-transfer or cash order as paid; a pending order is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment&apos;s reference, e.g. the bank statement&apos;s, shown with the payment by orders show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/FulfillmentCommands.cpp" line="-52"/>
        <source>So many units of one line; repeat for more lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ship QTY units of the line SKU; repeat for more lines. Without --line, everything still unshipped goes in the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel QTY unshipped units of the line SKU; repeat for more lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ships a parcel of a confirmed order: some lines, or everything still unshipped; its stock leaves the shelf. The order is shipped once every unit is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The parcel&apos;s tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The carrier, e.g. UPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each parcel is a shipment with its own id, carrier and tracking number, and sends the customer its own email listing what is in it. Shipping more of a line than is left to ship exits 3 naming the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marks a parcel delivered, or every parcel on its way; the order is delivered once every parcel is and nothing is left to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this parcel (its id from orders show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancels unshipped units line by line: their stock is released and what was paid for them becomes the refund owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shows the new total, the stock released and the refund owed, and writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order is priced again without the cancelled units (discounts as in an edit); money paid beyond the new total is the refund owed, settled with orders refund or orders credit. Shipped units cannot be cancelled; an order with shipped parcels cannot be cancelled as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a shipment id (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+19"/>
        <source>Unknown order set &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--set %1 already says which orders (%2); it cannot go with --%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="+1"/>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderMoneyCommands.cpp" line="+8"/>
        <source>Unknown choice &quot;%1&quot; for the money: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--no-refund means --money later; it cannot go with --money %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 describes a refund made outside Shipshape: it goes with --money record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--money record needs --method (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order %1 holds %2 paid by %3: say what happens to it with --money %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order %1 was paid by %2: say how the money went back with --method (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 was paid by card and is refunded through Stripe: --%2 is only for refunds made outside Shipshape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Payment link for %1 sent to %2, expires %3 (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+34"/>
        <source>Placed order #%1 (%2), total %3, status %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-440"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the orders of a named set (not with --status or --payment-state, which it already decides); the other options narrow it. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown fulfillment state &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The request is one JSON object (at most 4 MiB):
  customer         {&quot;name&quot;: text, &quot;email&quot;: text}: the customer with this email, created if new;
                   optional &quot;phone&quot;: text, their mobile for SMS (checked, stored in E.164)
  customerId       or instead the UUID of an existing customer (customers list)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  add              products to add, [{&quot;productId&quot;: SKU, &quot;quantity&quot;: N, &quot;price&quot;?: &quot;29.99&quot;}];
                   a SKU already on the order gets N more
  remove           SKUs whose lines go, [&quot;SKU-1&quot;]
  quantities       new quantities of lines on the order, {&quot;SKU-1&quot;: 2} (0 removes the line)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  items            instead of add/remove/quantities: the complete new set of lines (missing
                   SKUs are removed):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  note             optional: why, for the order&apos;s timeline

Only a pending or confirmed order can change; reservations move by the difference in the same
transaction, and a card-paid order is charged or refunded the difference. With --preview nothing
is written: the new totals, the stock effect and what would be due or owed are printed.

Example document:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrderCommandSupport.cpp" line="+63"/>
        <source>Preview of order #%1 (nothing was changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reserves %1 more of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>releases %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance due afterwards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund owed afterwards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OrdersCommands.cpp" line="+338"/>
        <source>Modified order #%1, total now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="-93"/>
        <source>Customer emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every order change queues its customer email in the outbox, in the same transaction; the worker sends them through SendGrid and retries with backoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists emails, newest first, with their state, what SendGrid reported became of them, and the last error or the delivery&apos;s reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only emails in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only sent emails SendGrid&apos;s Event Webhook reported in this delivery state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="-191"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+5"/>
        <source>At most N rows (1 to 10000). Default: 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+7"/>
        <source>Queues a failed email again, for another round of attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The email&apos;s ID (outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queues a fresh copy of the order&apos;s most recent email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows the email an event would send for the order as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also write the HTML version to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown email status &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown delivery state &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/WebhooksCommands.cpp" line="-62"/>
        <source>The endpoint&apos;s ID (webhooks list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints that receive order and stock events as signed JSON POSTs, queued with the change and sent by the worker with retries (docs/notifications.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registers an endpoint for some events; its signing secret goes to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to POST: https, or plain http only to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the signing secret from this environment variable instead of generating one (never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A generated secret is printed once, for the receiver; Shipshape keeps it in the keychain as webhook-ID. Without a keychain (a headless worker), give the worker SHIPSHAPE_WEBHOOK_SECRET_ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the registered endpoints and their events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stops sending to an endpoint; its queued deliveries fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sends a signed ping to an endpoint now and prints its answer and how long it took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lists webhook deliveries, newest first, with their state and last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only deliveries in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queues a failed webhook delivery again (or makes a retrying one due now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delivery&apos;s ID (webhooks deliveries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The environment variable %1 is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret in %1 is too short: use at least 16 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added webhook endpoint %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing secret (shown once, give it to the receiver): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret is in the keychain as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: the secret is not in the keychain (%1); the worker needs %2 set to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Added (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-160"/>
        <source>&quot;%1&quot; is not a webhook endpoint ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+185"/>
        <source>Removed webhook endpoint %1 (%n queued delivery(s) dropped).</source>
        <translation>
            <numerusform>Removed webhook endpoint %1 (%n queued delivery dropped).</numerusform>
            <numerusform>Removed webhook endpoint %1 (%n queued deliveries dropped).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Endpoint %1 answered HTTP %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endpoint %1 did not accept the ping after %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown delivery status &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+19"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+1"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+0"/>
        <source>Next attempt (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a webhook delivery ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Webhook delivery %1 is due now: the next worker round sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/OutboxCommands.cpp" line="+0"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error or delivery reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an email ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email %1 is due now: the next round sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Queued a fresh copy as email %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown email event &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/commands/ProductsCommands.cpp" line="-51"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/SecretsCommands.cpp" line="+17"/>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider keys live in the system keychain, never in the database, settings or logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stores a secret read from standard input in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stripe (the Stripe secret key), stripe-webhook (the signing secret of Stripe&apos;s webhook endpoint, whsec_…), sendgrid (the SendGrid API key), twilio (the Twilio auth token), api-jwt (the Order API&apos;s token key), or postgresql:USER@HOST:PORT/DB (a database password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret is never taken from the command line, where ps and the shell history would show it. Headless machines may use SHIPSHAPE_STRIPE_SECRET_KEY, SHIPSHAPE_STRIPE_WEBHOOK_SECRET and SHIPSHAPE_SENDGRID_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stored the %1 secret in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/WorkerCommands.cpp" line="+35"/>
        <source>Expired %Ln unpaid reservation(s).</source>
        <translation>
            <numerusform>Expired %Ln unpaid reservation.</numerusform>
            <numerusform>Expired %Ln unpaid reservations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reconciled %Ln payment(s).</source>
        <translation>
            <numerusform>Reconciled %Ln payment.</numerusform>
            <numerusform>Reconciled %Ln payments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sent %Ln email(s)</source>
        <translation>
            <numerusform>Sent %Ln email</numerusform>
            <numerusform>Sent %Ln emails</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %L1 to retry, %L2 failed, %L3 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emails are waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delivered %Ln webhook(s)</source>
        <translation>
            <numerusform>Delivered %Ln webhook</numerusform>
            <numerusform>Delivered %Ln webhooks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, %L1 to retry, %L2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What must happen even when nobody has the app open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires unpaid reservations, reconciles payments, sends due customer emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time between rounds (1 to 86400). Default: 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave card payments started less than this long ago to their own answer (0 to 86400). Default: 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One round, then exit (for cron or a systemd timer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each round is the one the desktop app runs on its background thread: unpaid pending orders whose hold has run out are cancelled and their stock released; card payments whose answer was lost are settled with Stripe; then the customer emails that are due are sent through SendGrid (without a key they wait). Without --once the worker keeps going through outages (exit 6) and stops on any other error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/StaffCommands.cpp" line="+150"/>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Local SQLite database: one user, the operating-system account, with every right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The staff member&apos;s database login, e.g. alice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warehouse: stock and shipping; support: orders, payments and refunds; admin: everything, including staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On PostgreSQL every member of staff logs in as themselves, with a role the server enforces. A local SQLite database has one user, the operating-system account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists staff logins and their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows what the current login may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds a staff login; the password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gives a staff login another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stops a staff login from logging in (its history stays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 can no longer log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReportCommands.cpp" line="+52"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures the desktop dashboard shows, for scripts and mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dashboard&apos;s KPIs for a period, compared with the period before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first day (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last day (UTC), included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Money figures in this currency (ISO 4217). Default: the currency most orders use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every figure is defined in docs/dashboard.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ArchiveCommands.cpp" line="+29"/>
        <location filename="../app/cli/commands/ReportCommands.cpp" line="+14"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+234"/>
        <source>--%1 must be a date written YYYY-MM-DD (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Period: %1 to %2 (UTC), %3 orders%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, customers redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1; schema version %2; written %3 by Shipshape %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified, read-only archives of a period&apos;s orders: export, verify, and purge what an archive holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes the orders placed in a period, with everything a reviewer needs, to a new read-only archive file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive to write; must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day of the period (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of the period, included (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace customers&apos; names, emails and addresses with stable pseudonyms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archive is an SQLite file in Shipshape&apos;s own schema holding the orders placed in the period with their lines, discounts, parcels, timeline, payments, refunds and emails, the customers and products they name, their stock ledger rows and tags, and a manifest with every table&apos;s row count and the SHA-256 of the rows. It is read from one snapshot of the database (SQLite or PostgreSQL), which is never written. Open it with `shipshape --archive FILE`. Exit 3 for a bad date or folder, 4 when FILE exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checks an archive against its manifest: integrity, schema version, row counts and checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An archive written by archive export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens the file read-only. Exit 0 when every table has the rows and the SHA-256 its manifest records; 4 when anything differs (a changed row or byte, a missing manifest: the message names what), 7 when FILE does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deletes the orders placed through a day, once a verified archive holds every one of them as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of placement to purge, included (YYYY-MM-DD, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An archive of this database written by archive export that holds every order to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check everything and say what would be deleted; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Admins only; the only way to delete orders. The archive is verified first (as archive verify), must come from this database and not be redacted; then, in one transaction, every order placed through DATE must be finished (delivered or cancelled, nothing under way) and equal, row for row, its copy in the archive. Any order missing from the archive or changed since the export refuses the whole purge, naming the first few. The orders go with their rows; their stock ledger rows are folded into `purged` rows (stock stays as it is), the dashboard keeps the purged days&apos; figures, and the purge is recorded (archive purges). Exit 3 for a bad date, 4 when refused, 7 when FILE does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lists the purges: who deleted which orders when, and which archive holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name the archive file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to must not be before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; an archive is never written over another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Archived %Ln order(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>Archived %Ln order to %1 in %2 s.</numerusform>
            <numerusform>Archived %Ln orders to %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name the archive to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive %1 is intact: every table has the rows and checksum its manifest records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name the verified archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (numbers %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Dry run: would purge %Ln order(s) placed through %1%2 with %3 stock ledger row(s); the archive %4 holds every one of them as it is. Nothing was written.</source>
        <translation>
            <numerusform>Dry run: would purge %Ln order placed through %1%2 with %3 stock ledger row(s); the archive %4 holds it as it is. Nothing was written.</numerusform>
            <numerusform>Dry run: would purge %Ln orders placed through %1%2 with %3 stock ledger row(s); the archive %4 holds every one of them as it is. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Purged %Ln order(s) placed through %1%2 in %3 s; their %4 stock ledger row(s) became %5 purged row(s). The archive %6 (SHA-256 %7) holds them.</source>
        <translation>
            <numerusform>Purged %Ln order placed through %1%2 in %3 s; its %4 stock ledger row(s) became %5 purged row(s). The archive %6 (SHA-256 %7) holds it.</numerusform>
            <numerusform>Purged %Ln orders placed through %1%2 in %3 s; their %4 stock ledger row(s) became %5 purged row(s). The archive %6 (SHA-256 %7) holds them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No orders were ever purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 by %2: %Ln order(s) placed through %3, archived in %4 (SHA-256 %5); dashboard figures through %6 kept as history.</source>
        <translation>
            <numerusform>%1 by %2: %Ln order placed through %3, archived in %4 (SHA-256 %5); dashboard figures through %6 kept as history.</numerusform>
            <numerusform>%1 by %2: %Ln orders placed through %3, archived in %4 (SHA-256 %5); dashboard figures through %6 kept as history.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReportCommands.cpp" line="+16"/>
        <source>KPIs %1 to %2 (%3 days, UTC) in %4; previous period %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The oldest order waiting to ship was placed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+3"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top decline reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Top return reasons (%1 returned of %2 shipped):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>units %1, returns %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day         Placed  Cancelled  Pay failures  Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low stock (available / threshold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placement times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.h" line="+64"/>
        <source>The operation was abandoned before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+81"/>
        <source> One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sqlite:PATH or postgresql://USER@HOST:PORT/DB. Default: $SHIPSHAPE_DATABASE, else the embedded file %1 (the only folder created on demand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Machine-readable output on standard output; an error is one JSON object on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This help; after a command (or a noun such as orders) that command&apos;s own help. Also -h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version of shipshape-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usage: unknown command or option, missing or extra argument; nothing was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid input: a value, file or request is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict: out of stock, illegal status transition, stale price, newer schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unavailable: the database, its folder or a provider cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not found: no such order, product, customer, email or staff login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database URL when --database is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe&apos;s secret key, on headless machines without a keychain (secrets set stores it in the keychain instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SendGrid&apos;s API key, likewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing secret (whsec_…) of Stripe&apos;s webhook endpoint that serve checks, likewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SendGrid&apos;s Event Webhook verification key (base64, as SendGrid shows it) that serve checks signatures with; overrides the sendgrid/webhookPublicKey setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender of customer emails: &quot;Name &lt;address&gt;&quot; or &quot;address&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The https page customers land on after paying a payment link; without it (or the stripe/checkoutSuccessUrl setting) payment links are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long an unpaid order holds its stock, in minutes (0 lets holds lapse at the next worker round).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another Stripe API address (https, or http on loopback for a test server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another SendGrid API address, likewise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PostgreSQL password when the keychain holds none (libpq also reads ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic output, e.g. shipshape.*.info=true (shipshape-cli hides progress messages unless it is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The embedded database when neither --database nor SHIPSHAPE_DATABASE names one (under $XDG_DATA_HOME when that is set). Its folder is the only one created on demand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy migrate writes next to an SQLite file before it changes the schema of version N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings shared with the desktop app (under $XDG_CONFIG_HOME when that is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Try &apos;shipshape-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try &apos;shipshape-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: shipshape-cli [--database URL] [--json] COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+131"/>
        <location filename="../app/cli/HelpText.cpp" line="+1"/>
        <source>Headless administration of a Shipshape database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HelpText.cpp" line="+0"/>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ORDER is an order number (1042 or #1042) or its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;shipshape-cli COMMAND --help&apos; or &apos;shipshape-cli help COMMAND&apos; shows a command&apos;s options and examples; &apos;shipshape-cli --json help&apos; prints every command as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: shipshape-cli %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;shipshape-cli %1 COMMAND --help&apos; shows a command&apos;s options and examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source> Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> May be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Global options: --database URL, --json (see &apos;shipshape-cli --help&apos; for them and the exit codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global options: --json (see &apos;shipshape-cli --help&apos; for it and the exit codes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/HelpCommands.cpp" line="-30"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What shipshape-cli can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the help on everything, a noun or a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A command or a noun, e.g. orders place or orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --json it prints the command table itself (every command&apos;s words, arguments, options, flags and examples), from which man pages and shell completion can be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TagCommands.cpp" line="-48"/>
        <source>One or more tags: free text of 1 to %1 characters on one line; &quot;VIP&quot; and &quot;vip&quot; are the same tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Customer %1 has no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer %1 is tagged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adds tags to an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags the order already has, in any case, stay as they are. The order&apos;s timeline records &quot;tagged: …&quot; with who did it; orders list --tag finds the order. A bad tag exits 3 and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removes tags from an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags match in any case; tags the order does not have are ignored. The order&apos;s timeline records &quot;untagged: …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CustomersCommands.cpp" line="-65"/>
        <location filename="../app/cli/commands/TagCommands.cpp" line="+10"/>
        <source>The customer: their ID (the UUID from customers list) or their email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TagCommands.cpp" line="+4"/>
        <source>Adds tags to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags the customer already has, in any case, stay as they are. Prints the customer&apos;s tags afterwards. A bad tag exits 3 and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes tags from a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ApiCommands.cpp" line="+10"/>
        <source>Give --listen as ADDRESS:PORT, e.g. 127.0.0.1:8080 or [::1]:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storefront&apos;s way in: orders over HTTP (docs/api.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serves the Order API (/v1/orders, /v1/products/…/availability) until SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to listen. Default: 127.0.0.1:8080. Anything but loopback needs --tls-cert and --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM certificate (chain) for HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM private key for HTTPS (unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database sessions serving requests at once (1 to 64). Default: 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address clients use to reach this server, when a proxy stands in front (https://shop.example/api): Twilio signs the URL it calls. Default: the request&apos;s own URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests per second per token (1 to 100000), twice that at once. Default: 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bearer tokens are HS256 JSON Web Tokens made with `api-token create`; the key comes from SHIPSHAPE_API_JWT_KEY or the keychain (`secrets set api-jwt`). Stripe&apos;s webhook (POST /v1/webhooks/stripe) is checked with the endpoint&apos;s signing secret from SHIPSHAPE_STRIPE_WEBHOOK_SECRET or the keychain (`secrets set stripe-webhook`); SendGrid&apos;s Event Webhook (POST /v1/webhooks/sendgrid) with its public verification key from SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY or the sendgrid/webhookPublicKey setting; Twilio&apos;s messaging webhook (POST /v1/webhooks/twilio: STOP and START from customers) with the Twilio auth token from SHIPSHAPE_TWILIO_AUTH_TOKEN or the keychain (`secrets set twilio`). One line per request goes to standard error. SIGTERM or SIGINT stops accepting connections, lets requests in flight finish, and exits 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer tokens for the Order API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prints a signed token for a customer or a storefront.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s ID: the token sees and cancels only their orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A storefront&apos;s name: the token places orders for any customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lifetime: 90s, 15m, 1h, 30d (at most 366d). Default: 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed with the key `serve` checks (SHIPSHAPE_API_JWT_KEY or the keychain&apos;s api-jwt, at least 32 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give exactly one of --customer ID and --storefront NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Give --public-url as the http(s) address clients call, without a query: https://shop.example/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot set up signal handling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopping: finishing %Ln request(s) in flight.</source>
        <translation>
            <numerusform>Stopping: finishing %Ln request in flight.</numerusform>
            <numerusform>Stopping: finishing %Ln requests in flight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Serving the Order API on %1://%2:%3/v1 with %Ln session(s).</source>
        <translation>
            <numerusform>Serving the Order API on %1://%2:%3/v1 with %Ln session.</numerusform>
            <numerusform>Serving the Order API on %1://%2:%3/v1 with %Ln sessions.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/DoctorCommands.cpp" line="+23"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether this installation can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks the database, its schema and clock, customer emails, disk space, provider keys, Stripe and SendGrid; one line each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How long to wait for Stripe&apos;s and SendGrid&apos;s answer (1 to 120). Default: 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line starts with ✓ when the check passed and ✗ when it did not, and then says what was found or what to do. Nothing is migrated or created: a missing SQLite file is reported, not made. Stripe is asked GET /v1/balance with a test key only: a live key (sk_live_…) is never sent and its line, marked –, says &quot;not checked&quot;; SendGrid is asked GET /v3/scopes and the key must have the mail.send scope. Neither call changes anything. Exit 0 when no check failed, 6 when the database cannot be opened, 4 when another check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Room an SQLite file&apos;s disk must have (0 to 1000000). Default: 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emails waiting to be sent before the backlog counts as stuck (0 to 1000000). Default: 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/TaxesCommands.cpp" line="-89"/>
        <source>Two-letter country code (ISO 3166-1), e.g. DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A region within the country, as in the shipping address&apos;s state (e.g. CA). Default: the whole country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product tax class the rate is for. Default: standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax rates by destination and product tax class. Orders keep the rates they were placed with; a change applies to new orders and new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the tax rates and whether prices include tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds a tax rate or changes the one for the same destination and class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate in percent, 0 to 100 with at most four decimals: 19, 8.875.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tax&apos;s name on invoices, e.g. VAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The most specific rate applies to an order line: the region&apos;s, else the whole country&apos;s; a destination without a rate is not taxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes a tax rate (exit 7 when there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Says whether the shop&apos;s prices include tax, or sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inclusive: catalogue prices contain the tax; exclusive: tax is added on top. Without it, prints the current mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders keep the mode they were placed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+68"/>
        <source>Prices include tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+68"/>
        <source>Prices exclude tax; tax is added on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No tax rates: orders are not taxed. Add one with: shipshape-cli taxes set COUNTRY PERCENT --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2 % for %3%4, class %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Removed the tax rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BackupCommands.cpp" line="+47"/>
        <source>empty tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipshape copies only SQLite files; %1 is backed up and restored with pg_dump and pg_restore (docs/operations.md, &quot;Backup and restore&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source># Backup, as the schema&apos;s owner, while Shipshape runs (pg_dump reads one consistent snapshot):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Roles are the cluster&apos;s, not the database&apos;s (superuser; needed on a new server):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source># Check the dump can be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Restore: stop every Shipshape program on the database, then into a new database (superuser creates it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source># Then point Shipshape at it and check it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A verified copy of the SQLite database, and putting one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copies the SQLite database to FILE while it is in use, and checks the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the copy; must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy is written with VACUUM INTO beside FILE and renamed to FILE only after PRAGMA integrity_check said ok and every table has as many rows as in the database at that moment. The app, the worker and the API server may keep running. Exit 4 when FILE exists or the database is on PostgreSQL (the pg_dump procedure is printed), 7 when there is no database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replaces the SQLite database with a backup, after checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup made by shipshape-cli backup (or a migration&apos;s .bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused (nothing changes) when FILE fails PRAGMA integrity_check or is not a Shipshape database (exit 3), when its schema is newer than this build&apos;s or its migrations differ from this build&apos;s (exit 4), and while another program has the database open: the app, shipshape-cli worker or serve (exit 4). The database as it was is kept as &lt;database&gt;.before-restore. An older schema is migrated when the database is next opened. Exit 4 with the pg_restore procedure for PostgreSQL, 7 when FILE does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name the file to write the backup to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no database file %1 to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up %1 to %2 (%3, schema version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity check: ok. Rows, the same as in the database: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restored %1 from %2 (schema version %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Integrity check: ok. Rows: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PickListsCommands.cpp" line="+32"/>
        <source>&quot;%1&quot; is not an order number (e.g. 1042 or #1042).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Pick lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches of confirmed orders to pick in one walk, printed with barcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writes a pick list of confirmed orders as a PDF with Code 128 barcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The orders to pick (numbers, comma-separated or repeated). Default: every confirmed order still to ship, oldest first, up to --limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without --orders, at most N orders (1 to 5000). Default: 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to write the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines are grouped by SKU in natural walking order (A-2 before A-10), each with the total to take and how it splits among the orders. Only confirmed orders are picked; another status is refused (exit 4) and nothing is written. An order&apos;s barcode reads &quot;#1042&quot;, a SKU&apos;s reads the SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--limit applies without --orders only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Pick list of %n order(s)</source>
        <translation>
            <numerusform>Pick list of %n order</numerusform>
            <numerusform>Pick list of %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n unit(s) at %1 stop(s), written to %2 in %3 ms.</source>
        <translation>
            <numerusform>, %n unit at %1 stop(s), written to %2 in %3 ms.</numerusform>
            <numerusform>, %n units at %1 stop(s), written to %2 in %3 ms.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="-403"/>
        <source>&quot;%1&quot; is not a return id (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>: %1 restocked, %2 written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Return %1 of order %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  restocked %1, written off %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/CountsCommands.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a count id (a number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1  expected %2  not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  expected %2  counted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  moved during the count %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  variance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  posted as ledger row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Count #%1: %2, %3 of %4 products counted; started by %5 at %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+4"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Count #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The count&apos;s id (from counts list), e.g. 12 or #12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The product: its SKU (any case) or its barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle counts: count products on the shelf, see the variance against the stock when each was counted, and have an admin post the corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts a count of the products named, or of those not counted for a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product to count; several may be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With --due: at most N products (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where or why, e.g. &quot;aisle A&quot;; it goes on the ledger rows the count posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Instead of SKUs: the products not counted (in an approved count) for DAYS days and in no open count, never counted ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each line expects the product&apos;s on-hand now. A product is in one open count at a time: naming one that is in another open count is refused (exit 4), a code that is no product&apos;s exits 3; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enters what the shelf holds of a product, replacing an earlier entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The units found, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count is taken against the stock as it is now, so units shipped since the count started are accounted, not reported as variance. A product not in the count is refused (exit 4), a code that is no product&apos;s or a negative quantity exits 3; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counts one unit per scanned code (SKU or barcode), as a scanner would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scanned code; one unit each, repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scans are applied in order and stop at the first refused one (the scans before it stay counted, as on the floor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approves a count: posts each difference as a ledger correction and closes it (admins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every product must be counted. Refused (exit 4), nothing written: a product not counted, a product whose stock was corrected by hand since it was counted (count it again), a correction that would leave less on hand than open orders reserve. On PostgreSQL only an admin login approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closes a count without changing stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists counts, newest first, with how far each got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only counts in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N counts (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows a count: each product&apos;s expected, counted and variance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists products not counted for a number of days, never counted ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not counted for DAYS days (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N products (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name the products to count, or give --due DAYS (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--limit goes with --due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a number of units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Scan %1 &quot;%2&quot;: %3 counted %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1  %2  %3 of %4 counted, %5 differing  started %6 by %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1  %2  on hand %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>last counted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReturnsCommands.cpp" line="+2"/>
        <source>Refunded %1 %2 (restocking fee %3, shipping %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanged for order %1: worth %2 %3, of which %4 paid for the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outstanding: %1 not received yet (returns receive takes them until the refund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The return&apos;s id (from returns list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns (RMA) of shipped goods: opened with a reason per line, received into stock or written off, refunded once, or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens a return of shipped units of an order, with a reason per line; the customer gets an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QTY shipped units of SKU come back for REASON (%1); repeat for more lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the customer said; required for the reason &quot;other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shipped units can come back, and never more of a line than shipped less what other returns (not rejected) hold: otherwise exit 3 naming the line, and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receives a requested return once: units back on hand (restock) or written off; the customer gets an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QTY units of SKU go back on hand (ledger kind returned); repeat for more lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QTY units of SKU cannot be sold again (ledger kind damaged, nothing back on hand); repeat for more lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A line cannot receive more than the return holds (exit 3 naming the line); a return already received or rejected exits 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refunds a received return once: what its units really cost (after discounts, with their tax), less a restocking fee, plus the shipping when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept by the shop, in the order&apos;s currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders paid by hand: how the money went back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders paid by hand: the transfer&apos;s or receipt&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give back the order&apos;s shipping fee too (once per order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card orders are refunded through Stripe (idempotently, as orders refund); orders paid by hand record the refund made outside Shipshape (--method). Refunds never exceed what was paid; what the customer had not paid yet is taken off the balance instead. Refunding a return twice, or one not received, exits 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rejects a requested return, saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exchanges a requested or received return once for a replacement order; the returned units&apos; value pays for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The replacement as order request JSON (as for orders place): a file, or - for standard input. customer, shippingAddress and paymentMethod default to the return&apos;s order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The replacement is placed like any order (stock reserved, never oversold) and linked to the return both ways. What the returned units really cost (as their refund would give back) is credited against its total: a dearer replacement leaves the rest to pay on it (orders mark-paid, or orders payment-link for a card order); a cheaper one leaves the difference as refund owed on the original order (orders refund); one paid in full is confirmed at once. A rejected, refunded or already exchanged return exits 4, bad JSON or an unknown product exits 3, out of stock exits 4; nothing is written then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lists returns, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only returns in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only returns with a line given this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only returns opened more than DAYS days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only returns opened on or after this day (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only returns opened on or before this day (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N returns (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shows one return with its lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 was paid by card and is refunded through Stripe: --method is only for refunds made outside Shipshape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Return %1 of order %2 exchanged for order %3 (%4, total %5): the returned units are worth %6, %7 of it pays for the replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left to pay on order %1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund owed on order %1: %2 %3 (orders refund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown return state &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown return reason &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a limit from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a number of days from 0 to 3660.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ReplicaCommands.cpp" line="+44"/>
        <source>The replica is an SQLite file in the data folder, one per server and database; the desktop reads it read-only and never trusts it as a source of truth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local SQLite replica of a PostgreSQL database: its status, an incremental sync, a rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shows the replica&apos;s file, server identity, last change, lag and row counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lag is how long the oldest change the replica does not hold yet has waited on the server (0 when it holds all). When the server does not answer, the replica&apos;s own figures are shown. Exit 7 when there is no replica yet, 3 for a SQLite database (it needs none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brings the replica up to date: the first sync copies, later ones read only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An interrupted first sync resumes where it stopped. A replica that is damaged, of another server or database, of another schema version, or older than the changes the server keeps is rebuilt, and the output says why. Exit 3 for a SQLite database, 4 when the server&apos;s schema is not this Shipshape&apos;s, 6 when the server does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Throws the replica away and copies it again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit codes as for replica sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+58"/>
        <source>A replica follows a PostgreSQL server; %1 is a SQLite file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Replica: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server: database %1, id %2, schema version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State: first sync not finished (resumes on sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sequence: %1; last change: %2; last sync: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lag: unknown (the server does not answer: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag: %1 ms, %2 change(s) not yet in the replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copying %1 (%2 of about %3 rows)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It was rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First sync resumed: copied %1 more rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First sync: copied %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caught up: %1 change(s) applied; last sequence %2; %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/PackCommands.cpp" line="+34"/>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/commands/CountsCommands.cpp" line="-121"/>
        <source>Scan %1 (&quot;%2&quot;) refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Packs an order by scans (SKU or GTIN) and ships it once complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order to pack: its number (1042 or #1042) or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One scan: an item&apos;s SKU or GTIN (one unit), or the order&apos;s own barcode (#1042). Repeat it for every scan, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship the packed parcel with this tracking number once every unit is packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The parcel&apos;s carrier (with --tracking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --tracking: ship what is packed as a partial shipment even if units are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scans are applied one by one, each stored at once (another desktop sees it and can resume). A scan that is no product&apos;s code is refused with exit 3, a wrong item, an item of another order, one too many or an order that cannot ship (not confirmed, nothing left) with exit 4; the message names the scan, nothing is counted for it, and the scans after it are not applied. With --tracking, a completely packed order ships as one parcel of exactly the packed units through the ordinary shipping rule (docs/fulfillment.md) and its progress is cleared; an incomplete one is refused (exit 4) unless --partial. Without scans, prints the order&apos;s progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--carrier and --partial go with --tracking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>that is order #%1&apos;s barcode, not #%2&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan %1 &quot;%2&quot;: order #%3, %4 of %5 units packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan %1 &quot;%2&quot;: %3 (%4 of %5 units packed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipped order #%1 (%2 units, tracking %3); it is now %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order #%1 is completely packed: give --tracking to ship it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1: %2 of %3 units packed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionReport</name>
    <message>
        <location filename="../core/storage/ConnectionReport.cpp" line="+35"/>
        <source>no Shipshape schema yet (created on first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema version %1 (upgraded to %2 on first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · login %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/common/CsvReader.cpp" line="+73"/>
        <source>Line %1: a quote inside a field that does not start with one (write &quot;&quot; inside a quoted field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: text after a closing quote (a quoted field ends at a comma or the line&apos;s end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: a quote is opened and never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../core/common/Currency.cpp" line="+69"/>
        <source>Unknown currency &quot;%1&quot;: use an ISO 4217 code such as USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <location filename="../core/customers/CustomerService.cpp" line="+15"/>
        <source>The limit must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The offset cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no customer with the ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No customer &quot;%1&quot; (give the customer&apos;s ID from customers list, or their email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The page size must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages are numbered from 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Page %1 does not exist: this customer&apos;s orders fill %n page(s).</source>
        <translation>
            <numerusform>Page %1 does not exist: this customer&apos;s orders fill %n page.</numerusform>
            <numerusform>Page %1 does not exist: this customer&apos;s orders fill %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerTags</name>
    <message>
        <location filename="../core/customers/CustomerTags.cpp" line="+21"/>
        <source>No customer &quot;%1&quot; (give the customer&apos;s ID from customers list, or their email).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleCountStates</name>
    <message>
        <location filename="../core/inventory/CycleCount.cpp" line="+33"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleCounts</name>
    <message>
        <location filename="../core/inventory/CycleCounts.cpp" line="+24"/>
        <source>There is no count #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>count #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A count needs at least one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A count holds at most %1 products; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is named twice; a count holds each product once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is being counted in count #%2 already; approve or cancel that count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Every product was counted in the last %n day(s) or is being counted: nothing to count.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Count #%1 is %2: a closed count does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+46"/>
        <source>A count is a number of units from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>A scan adds from 1 to %1 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the product counted: its SKU or barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Cycle count #%1: counted %2 where the stock said %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+115"/>
        <source>&quot;%1&quot; is no product&apos;s SKU or barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in count #%2: nothing was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The stock of %1 was corrected since its first units were counted: count it again and enter the whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Count #%1 cannot be approved: %n product(s) not counted yet (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Count #%1 cannot be approved: the stock of %2 was corrected after it was counted. Count it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Count #%1 cannot be approved: correcting %2 by %3 would leave less on hand than open orders reserve. Cancel or edit those orders, or count %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Days are from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../ui/views/DashboardCharts.cpp" line="+147"/>
        <source>&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %2, %Ln order(s)</source>
        <translation>
            <numerusform>%1: %2, %Ln order</numerusform>
            <numerusform>%1: %2, %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2): %3 units, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Units returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2 units in %3 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2): %3 available, threshold %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Within the %1 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Placement took at most (last: longer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <location filename="../core/dashboard/DashboardService.cpp" line="+211"/>
        <source>The period needs a valid first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period needs a valid last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A dashboard period is at most %1 days (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+137"/>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+63"/>
        <location line="+166"/>
        <location line="+15"/>
        <source>The database is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+105"/>
        <source>The database server %1 is unavailable; the change was not saved. Shipshape reconnects by itself on the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>The database server %1 has not answered since Shipshape started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+173"/>
        <location line="+8"/>
        <location filename="../core/storage/UnitOfWork.cpp" line="+29"/>
        <source>The database is busy; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+8"/>
        <source>The change breaks a rule of the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your database login is not allowed to do this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../core/storage/DatabaseUrl.cpp" line="+46"/>
        <source>The SQLite database URL &quot;%1&quot; has no file path (use sqlite:PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite database URL &quot;%1&quot; names a folder: end it with the file&apos;s name, e.g. sqlite:%2shipshape.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (use postgresql://USER@HOST:PORT/DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not put the password in the database URL; use the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL URL &quot;%1&quot; names no database (use postgresql://USER@HOST:PORT/DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PostgreSQL URL &quot;%1&quot; holds characters that are not text (control characters or broken UTF-8) in its user or database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown database URL &quot;%1&quot;: use sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>SQLite file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL %1 on %2:%3 as %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeclineReasons</name>
    <message>
        <location filename="../core/payment/DeclineReasons.cpp" line="+20"/>
        <source>Needs 3-D Secure authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the customer a payment link so they can confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank could not approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it fails again, the customer should call their bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+34"/>
        <source>Declined by the bank</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Card does not support this purchase</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+85"/>
        <source>Card limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>The customer should call their bank or use another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Card does not support this currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declined by the bank for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Do not try this card again; ask for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Duplicate payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A payment of the same amount was just made: check the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspected fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not try again; review the order before taking another payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incorrect card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Check the card number with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Incorrect CVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Check the security code with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Incorrect PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Try again with the correct PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Incorrect postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the billing postal code with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insufficient funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Ask for another card or another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Card account is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount not allowed by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid CVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid expiry month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Check the expiry date with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Invalid expiry year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card reported lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not try this card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card details out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer for their new card details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>PIN required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many PIN attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it keeps failing, try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank asked to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer stopped all payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+8"/>
        <source>Ask the customer for another way to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+8"/>
        <source>Customer stopped this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Declined for security reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Card does not allow this purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Card reported stolen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test card used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Stripe test card cannot pay with a live key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank asked to try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many declines on this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a day before trying this card again, or use another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3-D Secure authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the customer a new payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount too small for a card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Take this payment another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Amount too large for a card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryStates</name>
    <message>
        <location filename="../core/notification/DeliveryState.cpp" line="+40"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../core/demo/DemoDataGenerator.cpp" line="+110"/>
        <source>Counts must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partly shipped (%1 %) and returned (%2 %) shares are from 0 and together at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The exchanged share is part of the returned one: from 0 to %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo data goes only into an empty database; %1 already has data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Paid by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+344"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>Demo data: history of %n order(s)</source>
        <translation>
            <numerusform>Demo data: history of %n order</numerusform>
            <numerusform>Demo data: history of %n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database %1 is incomplete: its demo data is still being written by another process, or its generation was interrupted. Wait for it to finish, or delete the file and generate it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoReturns</name>
    <message>
        <location filename="../core/demo/DemoReturns.cpp" line="+150"/>
        <source>Arrived too late for the occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outside the 30-day return window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item shows signs of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parcel that arrived was empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../core/diagnostics/Diagnostics.cpp" line="+43"/>
        <source>The database did not say what time it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database&apos;s time &quot;%1&quot; is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 of %2: run shipshape-cli migrate (as the schema&apos;s owner on PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 is newer than this build&apos;s %2: install the Shipshape that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every applied migration is one this build has, with the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine&apos;s clock is %1 s away from the database&apos;s: set both by NTP (holds expire and timelines are ordered by these times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Within %1 s of the database&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed: %1. See shipshape-cli outbox list --status failed, then outbox retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting: %1. Is the worker running (shipshape-cli worker, shipshape-worker.service) with a SendGrid key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting: %1, failed: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot tell how much room %1 has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2 free, less than %3: make room before the database fills the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 free in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provider keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stripe and SendGrid keys found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store them with shipshape-cli secrets set stripe / sendgrid, or set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no keychain can be reached here (no D-Bus session): set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing: card payments and emails wait without them; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database file %1: run shipshape-cli migrate to create one, or name the shop&apos;s with --database or SHIPSHAPE_DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Discount</name>
    <message>
        <location filename="../core/pricing/Discount.cpp" line="+9"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftService</name>
    <message>
        <location filename="../core/drafts/DraftService.cpp" line="+55"/>
        <source>&quot;%1&quot; is not a customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 has no product SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears more than once; put the whole quantity on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity of %1 must be between 1 and %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A discount&apos;s type is &quot;percent&quot; or &quot;amount&quot; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+11"/>
        <location line="+196"/>
        <source>Unknown product SKU &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <source>This draft no longer exists: it was placed or discarded, perhaps on another desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changed this draft at %2; reopen it to see their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The number of drafts to list must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>No draft &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An order needs at least one line item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only %1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low stock: %1 available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailComposer</name>
    <message>
        <location filename="../core/notification/EmailComposer.cpp" line="+75"/>
        <source>We received your order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have received your order #%1 and are getting it ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order is confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have received your payment for order #%1. We will let you know when it ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of order #%1 has left our warehouse; we will send the rest separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 has left our warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 has been delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order has been delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parcel of order #%1 (tracking number %2) has been delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 has been delivered. We hope you enjoy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your order #%1 has been cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order has been cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 has been cancelled. As agreed, the %2 you paid is kept as credit for your next order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1 has been cancelled. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 has been cancelled. Any payment you made will be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your refund for order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have refunded you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have issued a refund for order #%1. It may take a few days to reach your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your return for order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have opened your return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We have opened return %1 for the items below from order #%2. Please send them back to us; we will let you know when they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We received your return for order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your return has arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2 has arrived at our warehouse. We will let you know when your refund is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your exchange for order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We are sending a replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2 is exchanged: replacement order #%3 is on its way to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The replacement costs more than what you send back: %1 is left to pay on order #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replacement costs less than what you send back: we owe you %1, which we will refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay for your order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To complete order #%1, please pay %2 by card through the secure link below. We hold your items until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pay now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the button does not work, copy this address into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link is valid until %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You receive this email because you placed an order with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FulfillmentStates</name>
    <message>
        <location filename="../core/orders/FulfillmentState.cpp" line="+43"/>
        <source>Unfulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <location filename="../core/inventory/Gtin.cpp" line="+29"/>
        <source>%1 &quot;%2&quot; is not a GTIN: 8, 12, 13 or 14 digits (GTIN-8, UPC-A, EAN-13, GTIN-14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; has the wrong check digit: %3 expected, %4 found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+29"/>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must use https (plain http is allowed only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdempotencyKeys</name>
    <message>
        <location filename="../core/api/IdempotencyKeys.cpp" line="+15"/>
        <source>The Idempotency-Key header must be 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The database was busy with a concurrent change; try again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Not enough stock of %1 to reserve %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot release %2 of %1: less is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot ship %2 of %1: less is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replenishment of %1 must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Changing the stock of %1 by %2 would leave less on hand than open orders reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot set the stock of %1 to %2: %3 are reserved for open orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryService</name>
    <message>
        <location filename="../core/inventory/InventoryService.cpp" line="+42"/>
        <source>&quot;%1&quot; is not a valid SKU (letters, digits, . _ -, at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The low-stock threshold must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Barcode %1 is already the barcode of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A product with SKU %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Stock on hand must be between 0 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The low-stock threshold must be between 0 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The limit must be between 1 and 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The offset cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a stock level: enter a whole number between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a low-stock threshold: enter a whole number between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A stock correction needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A replenishment must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stock would exceed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+168"/>
        <source>Unknown product SKU &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonNumberText</name>
    <message>
        <location filename="../core/common/JsonNumberText.cpp" line="+156"/>
        <location line="+20"/>
        <source>%1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCatalogue</name>
    <message>
        <location filename="../core/dashboard/KpiCatalogue.cpp" line="+24"/>
        <source>Net revenue (without tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement time, median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placement time, 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card payments started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card payments failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card payment failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emails failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emails waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API orders in the busiest hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API response time, 95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders waiting to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../ui/models/KpiFormat.cpp" line="+34"/>
        <location line="+64"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+10"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+11"/>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualRefunds</name>
    <message>
        <location filename="../core/payment/ManualRefunds.cpp" line="+17"/>
        <source>Record a refund made by bank transfer, cash or another way; card refunds go through Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>A refund must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Order %1 was paid by card: card payments are refunded through Stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has nothing left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot refund %1 on order %2: only %3 was paid and not yet refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationFile</name>
    <message>
        <location filename="../core/storage/MigrationFile.cpp" line="+14"/>
        <source>The migration %1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no &quot;-- name:&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it needs a &quot;-- migrate:up&quot; section followed by a &quot;-- migrate:down&quot; section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../core/storage/Migrator.cpp" line="+88"/>
        <source>The database %1 has schema version %2, but this Shipshape understands only up to version %3. Install a newer Shipshape to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database %1 records a schema migration %2 that this Shipshape does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The database %1 received a different migration %2 (%3) than this Shipshape has: its schema was changed by another build. Restore a backup, or open it with the build that migrated it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database %1 records schema version %2 but lacks migration %3 (%4). Restore a backup made before it was opened by that build, or recreate the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Schema version %1 does not exist (this Shipshape knows 0 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not attach the replica change log to new tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Could not back up the database before migrating: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/common/Money.cpp" line="+15"/>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No currency given for amount &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: an amount is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>%1: &quot;%2&quot; is not a decimal amount (use digits and a decimal point or comma, e.g. 29.99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-13"/>
        <source>%1: &quot;%2&quot; has more than %n decimal place(s), which %3 does not allow.</source>
        <translation>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal place, which %3 does not allow.</numerusform>
            <numerusform>%1: &quot;%2&quot; has more than %n decimal places, which %3 does not allow.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>%1: &quot;%2&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: &quot;%2&quot; ends with a decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationEvents</name>
    <message>
        <location filename="../core/notification/NotificationEvent.cpp" line="+38"/>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return exchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationOutbox</name>
    <message>
        <location filename="../core/notification/NotificationOutbox.cpp" line="+121"/>
        <source>Email &apos;%1&apos; delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos; bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos; dropped by SendGrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos; marked as spam by the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The email could not be rendered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The page size must be 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Email %1 is already waiting to be sent; it goes out at the next opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email %1 is being sent right now; wait for the provider&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email %1 was already sent; send a fresh copy instead if the customer needs it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email %1 changed while it was being retried; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+34"/>
        <source>No email %1 in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email %1 is %2; only a sent email can be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order %1 has no email to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+189"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineDraftHandover</name>
    <message>
        <location filename="../core/drafts/OfflineDraftHandover.cpp" line="+42"/>
        <source>%1: no longer in the catalogue; the line is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 then, %3 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 wanted, %3 available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineDraftStore</name>
    <message>
        <location filename="../core/drafts/OfflineDraftStore.cpp" line="+97"/>
        <source>The file is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is of format %1; this Shipshape reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file names no draft UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A line has no product or no quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file names no known payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The file names no server draft UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+46"/>
        <source>An offline draft is named by a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Cannot create the folder %1 for orders typed offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order typed offline could not be kept in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No order typed offline is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an order typed offline: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 names another draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot remove %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../core/orders/Order.cpp" line="+12"/>
        <source>An order needs at least one line item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Order %1: total %2 differs from what its lines, discounts, shipping and tax come to (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1: line %2 has a wrong total, discount or tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1: discount %2 has a wrong amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: line %2 has %3 shipped of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 replaces return %2, whose credit of %3 pays for it: its total %4 cannot be less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is %2 with %3 of its units shipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderApi</name>
    <message>
        <location filename="../app/api/OrderApi.cpp" line="+49"/>
        <source>There is no order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 cannot be set through the Order API; the shop sets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A customer token places orders for its own customer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>There is no customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customerId must be a customer ID (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>status must be pending, confirmed, shipped, delivered or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cursor must be a nextCursor this API gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The request must be a JSON object such as {&quot;reason&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reason must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not allowed here; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is nothing at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This Idempotency-Key was used with a different request; use a new key for a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A request with this Idempotency-Key is still running; retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Something went wrong on the server; it has been logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCancellation</name>
    <message>
        <location filename="../core/orders/OrderCancellation.cpp" line="+17"/>
        <source>Order %1 has already shipped %2 of its %3 units and cannot be cancelled as a whole: cancel the unshipped lines instead (cancel-lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Order %1 was paid by %2, which Shipshape cannot send back: record the refund you made outside Shipshape, keep the money as credit, or decide later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 was paid by card: its money goes back to the card through Stripe (refund), or is kept as credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderChanges</name>
    <message>
        <location filename="../core/orders/OrderChanges.cpp" line="+51"/>
        <source>Cannot %1 order %2: it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Order %1 is being changed by another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDocumentWriter</name>
    <message>
        <location filename="../ui/printing/OrderDocumentWriter.cpp" line="+83"/>
        <source>Packing slip — order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier: %1 · Tracking: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invoice — order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. %1 %2 % of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2 % of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shipping method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No orders to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Packing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEdits</name>
    <message>
        <location filename="../core/orders/OrderEdits.cpp" line="+33"/>
        <source>%1 is not on order %2, so it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A quantity must be a whole number from 0 (removes the line) to %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not on order %2: add it with &quot;add&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 would have no lines left; cancel it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to modify: give lines to add, remove or change, prices, discounts, shipping or a shipping address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give either the complete new set of lines (items) or the changes to them (add, remove, quantities), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A price set by hand needs a reason: say why in the note (&quot;reason&quot; in a JSON request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is %2 and can no longer be modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is priced in %2, but order %3 is in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 are already shipped; the line cannot hold fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 are already shipped; the line cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A unit price cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The request does not change order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderExchanges</name>
    <message>
        <location filename="../core/orders/OrderExchanges.cpp" line="+60"/>
        <source>A replacement is not charged when it is placed: what is left to pay after the returned goods&apos; credit goes through a payment link. Give no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An exchange happens once per return; it takes no idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+177"/>
        <source>No return %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Return %1 was already exchanged for order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return %1 was rejected: there is nothing to exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return %1 was refunded: its value went back to the customer and cannot pay for a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+39"/>
        <source>Order %1 is in %2; its replacement must be too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exchanged on return %1 for order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoExchanges.cpp" line="+98"/>
        <location filename="../core/orders/OrderExchanges.cpp" line="+14"/>
        <source>Replacement for return %1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/orders/OrderExchanges.cpp" line="+4"/>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoExchanges.cpp" line="+10"/>
        <location filename="../core/orders/OrderExchanges.cpp" line="+6"/>
        <source>Paid by the credit of return %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderFulfillment</name>
    <message>
        <location filename="../core/orders/OrderFulfillment.cpp" line="+44"/>
        <source>&quot;%1&quot; is not a line: give SKU:QUANTITY, for example MUG-1:2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line %1: a quantity to %2 must be from 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: %1 is not on order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: order %2 has %3 of %1 left to ship (%4 ordered, %5 shipped); cannot %6 %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a tracking number (letters, digits, spaces, . _ / -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+27"/>
        <location line="+162"/>
        <source>ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Order %1 has nothing left to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Order %1 has no shipment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipment %1 of order %2 is already delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+20"/>
        <location line="+108"/>
        <source>deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Order %1 has no parcel on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the lines to cancel as SKU:QUANTITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a reason Shipshape gives itself; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: only a pending or confirmed order has units to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That cancels every unit of order %1: cancel the order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Every parcel was already delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../core/orders/OrderImport.cpp" line="+68"/>
        <source>imported from %1, external id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The source names the other system in 1 to %1 characters (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row needs the other system&apos;s order id, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&quot;%1&quot; is not a date and time (2026-12-06T14:30:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An imported order&apos;s payment method is invoice, bank_transfer or cash (it was paid outside Shipshape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order %1 has &quot;%2&quot; here but &quot;%3&quot; on row %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every row needs a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown SKU &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The quantity is a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is sold in %2; the order is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is on order %2 twice; put the whole quantity on one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only %1 of %2 are available; the file&apos;s orders up to this row need %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Already imported as order %1; not placed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>The import was cancelled here; %n order(s) before it were placed.</source>
        <translation>
            <numerusform>The import was cancelled here; %n order before it was placed.</numerusform>
            <numerusform>The import was cancelled here; %n orders before it were placed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderImportFile</name>
    <message>
        <location filename="../core/orders/OrderImportFile.cpp" line="+73"/>
        <source>Not JSON at character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line is one order, a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is a string or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;shipping_address&quot; is an object (street, city, state, zip, country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An order needs &quot;lines&quot;, a list of at least one {sku, quantity, unit_price}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each line is an object {sku, quantity, unit_price}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A mapping is field=column (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown field &quot;%1&quot; (fields: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>At most %1 order lines per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds no orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file needs a header row and at least one order line (fields: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most %1 order lines per file (%2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping %1=%2 names a column the file does not have (columns: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No column for &quot;%1&quot;: name a column %1 or map one with %1=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderLifecycle</name>
    <message>
        <location filename="../core/orders/OrderStatus.cpp" line="+74"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPaymentSummary</name>
    <message>
        <location filename="../ui/views/OrderPaymentSummary.cpp" line="+16"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipping %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tax %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept as credit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>balance due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refund owed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment %1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment %1 by %2, reference %3, on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund %1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund %1 by %2, reference %3, on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payment link for %1 to %2: being created (Stripe has not answered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment link for %1 sent to %2, expires %3: not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment link for %1: paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment link for %1: expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment link for %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPlacement</name>
    <message>
        <location filename="../core/orders/OrderPlacement.cpp" line="+91"/>
        <source>A payment link is for card payments; choose card as the payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An idempotency key has at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 order %2 was already imported as order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>&quot;%1&quot; is not a customer ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown customer &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPolicy</name>
    <message>
        <location filename="../core/orders/OrderPolicy.cpp" line="+121"/>
        <source>Your login may not record payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not ship orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not record deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login may not cancel orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Your login may not refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not settle money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not take payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not change orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not add notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not send customer emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1 is paid by card; the card provider confirms its payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is %2, not waiting for payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2; only a confirmed order ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is %2; only a shipped order is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 and can no longer be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 is partly shipped; cancel its unshipped lines instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 is %2: only a pending or confirmed order has units to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has no unshipped unit to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has a single unit: cancel the order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 was paid by %2: record a refund made outside Shipshape instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has nothing left to refund (refunds in progress count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 was paid by card: refund it through the card provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has nothing left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 owes the customer no refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is paid by %2; payment links are for card payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2: there is nothing to pay by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has a card payment in progress; wait until it is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 already has a payment link that can be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is %2 and can no longer be modified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderPricing</name>
    <message>
        <location filename="../core/orders/OrderPricing.cpp" line="+54"/>
        <source>An order needs at least one line item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 has no product SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 appears more than once; put the whole quantity on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity of %1 must be between 1 and %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown product SKU &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The price of %1 cannot be negative (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The price of %1 is %2, not %3: reload the catalogue and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is priced in %2, but this order is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A discount&apos;s type is &quot;percent&quot; or &quot;amount&quot; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A discount cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discount %1 needs a code or a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shipping cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderQueries</name>
    <message>
        <location filename="../core/orders/OrderQueries.cpp" line="+25"/>
        <source>No order %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/orders/OrderRepository.cpp" line="+82"/>
        <source>The order number counter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Order %1 was changed by someone else; reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&quot;%1&quot; is neither an order number nor an order UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+225"/>
        <source>The count limit must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRequestJson</name>
    <message>
        <location filename="../core/orders/OrderRequestJson.cpp" line="+23"/>
        <source>The request is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shippingAddress must be an object with street, city, state and zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 must be a non-empty list of {productId, quantity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+74"/>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be a whole number from 1 to %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1.price must be a decimal such as &quot;29.99&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 must be a decimal such as &quot;4.95&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>discounts must be a list of {type, value, sku?, code? or reason?}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>shipping must be an object {method, amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The phone number must be a string such as &quot;+49 30 1234567&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give customerId or customer {name, email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>paymentMethod must be an object with a type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown payment method &quot;%1&quot;: use invoice, bank_transfer, cash or card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paymentLink must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A payment link is for card payments: use &quot;type&quot;: &quot;card&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment link needs no token: the customer enters their card on Stripe&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>remove must be a non-empty list of SKUs, e.g. [&quot;SKU-1&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>remove[%1] must be a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quantities must be an object of SKU to quantity, e.g. {&quot;SKU-1&quot;: 2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a whole number from 0 (removes the line) to %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>prices must be an object of SKU to unit price, e.g. {&quot;SKU-1&quot;: &quot;12.00&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderReturns</name>
    <message>
        <location filename="../core/orders/OrderReturns.cpp" line="+60"/>
        <source>&quot;%1&quot; is not a return line: give SKU:QUANTITY:REASON, for example MUG-1:1:damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: &quot;%2&quot; is not a return reason; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the lines to return as SKU:QUANTITY:REASON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1: a quantity to return must be from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %1 is given twice; give it once with all its units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: the reason &quot;other&quot; needs a note saying what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1: order %2 has shipped no %1 that could come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: order %2 has %3 of %1 that can still be returned (%4 shipped, %5 in other returns); cannot return %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Return %1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say what arrived: --restock SKU:QUANTITY for units back on the shelf, --write-off SKU:QUANTITY for units that cannot be sold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1: a quantity must be from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+346"/>
        <source>No return %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Return %1 was already received in full: every unit it holds is restocked or written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return %1 is %2: only a requested return, or a received one with units still outstanding, can be received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1: return %2 holds no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1: return %2 holds %3 of %1; cannot restock %4 and write off %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1: return %2 holds %3 of %1, %4 already received; %5 can still be received, cannot restock %6 and write off %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Return %1 received late: %2 more restocked, %3 more written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return %1 received: %2 restocked, %3 written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say why the return is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return %1 was exchanged for order %2: it can no longer be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return %1 is %2: only a requested return can be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Return %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Line %1: order %2 has %3 of %1, and returns would refund %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A restocking fee cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return %1 was already refunded (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return %1 was exchanged for order %2: its value paid for the replacement and cannot be refunded as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return %1 is %2: only a received return can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restocking fee %1 is more than the returned goods&apos; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The shipping fee of order %1 was already refunded with another return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returns of order %1 would give back more than its total %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 was paid by %2: say how the %3 went back to the customer (bank_transfer, cash or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order %1 was paid by card: its money goes back through Stripe, not by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Return %1 refunded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The returns&apos; period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderReturnsSummary</name>
    <message>
        <location filename="../ui/views/OrderReturnsSummary.cpp" line="+17"/>
        <source>%1 × %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 restocked, %2 written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — exchanged for order #%1 (worth %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSets</name>
    <message>
        <location filename="../core/orders/OrderSets.cpp" line="+53"/>
        <source>Holds stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending or confirmed: their lines&apos; stock is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed (paid) and not shipped yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not cancelled, and nothing paid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in full, nothing refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed, shipped or delivered: paid for and not cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending, confirmed, shipped or delivered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderShipmentsSummary</name>
    <message>
        <location filename="../ui/views/OrderShipmentsSummary.cpp" line="+14"/>
        <source>Fulfillment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: %2 — %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderTransitions</name>
    <message>
        <location filename="../core/orders/OrderTransitions.cpp" line="+24"/>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Order %1 no longer needs to expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatuses</name>
    <message>
        <location filename="../core/notification/OutboxEntry.cpp" line="+42"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <location filename="../core/warehouse/PackingStation.cpp" line="+49"/>
        <source>No order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order #%1 is not confirmed yet (unpaid): it cannot be packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 is %2: only a confirmed order is packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order #%1 has nothing left to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The scan is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No order is open: scan the order&apos;s barcode (for example #1042) first, then its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is no product&apos;s SKU or barcode: nothing was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong item: %1 is not on order #%2 (or all of it has shipped): nothing was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One too many: all %1 of %2 for order #%3 are packed already: nothing was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One too many: order #%1 has no more %2 left to pack (packed elsewhere meanwhile): nothing was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing of order #%1 is packed yet: scan its items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 is not completely packed (%2 of %3 units; %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Between 1 and 1000 orders in progress are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentAttempts</name>
    <message>
        <location filename="../core/payment/PaymentAttempt.cpp" line="+43"/>
        <source>Sent, awaiting answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentLedger</name>
    <message>
        <location filename="../core/payment/PaymentLedger.cpp" line="+31"/>
        <source>Order %1 is paid by card; card payments are confirmed by the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paid by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by %1, reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order %1 owes the customer no refund that could be kept as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A card payment needs a payment method token such as pm_card_visa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No payment attempt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Order %1 was paid by %2; refunds of manual payments are made outside Shipshape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 has nothing left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refund must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot refund %1 on order %2: only %3 is refundable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Balance after modification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentLinkLedger</name>
    <message>
        <location filename="../core/payment/PaymentLinkLedger.cpp" line="+55"/>
        <source>Order %1 is paid by %2; payment links are for card payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is %2: there is nothing to pay by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 has nothing left to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 has a card payment in progress; wait until it is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+28"/>
        <source>No payment link %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment link %1 was recorded by another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Stripe reports the link paid with %1 %2 (payment %3), which this order cannot take; check it in Stripe&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid through the payment link after the order was cancelled; the money goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid by card through the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The payment link expired unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 to pay by card, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer completed the payment page; the payment is still processing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentLinks</name>
    <message>
        <location filename="../core/payment/PaymentLink.cpp" line="+38"/>
        <source>being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent, not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <location filename="../core/payment/PaymentMethod.cpp" line="+36"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentStates</name>
    <message>
        <location filename="../core/orders/PaymentStates.cpp" line="+47"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentWorkflow</name>
    <message>
        <location filename="../core/payment/PaymentWorkflow.cpp" line="+65"/>
        <source>Card payments are not configured: store the Stripe secret key with &quot;shipshape-cli secrets set stripe&quot; (or set SHIPSHAPE_STRIPE_SECRET_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Order %1 has no charge to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>%1 Order #%2 was cancelled and its stock released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+400"/>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-361"/>
        <source>%1 Order #%2 stays pending until the payment is reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The refund failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund&apos;s outcome is unknown (%1); it will be reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Order %1 is cancelled, but its refund could not be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Stripe did not answer (%1). The payment link for order #%2 is created and emailed as soon as Stripe answers; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stripe refused the payment link for order #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment link for order #%1 expired before it could be sent: the order no longer waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Order %1 has a payment in progress; wait until it is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order %1 was modified, but its balance of %2 could not be settled: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../core/customers/PhoneNumbers.cpp" line="+48"/>
        <source>Enter a phone number, with its country code (+49 …) if it is abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces, +, -, (, ), . or / only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid phone number (read in %2 unless it starts with + and a country code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a valid phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickListBuilder</name>
    <message>
        <location filename="../core/warehouse/PickListBuilder.cpp" line="+31"/>
        <source>A pick list needs at least one order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order #%1 is named twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1 is %2: only confirmed orders are picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Order #%1 has nothing left to ship.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickListWriter</name>
    <message>
        <location filename="../ui/printing/PickListWriter.cpp" line="+66"/>
        <source>No file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot draw the pick list on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Pick list: %n order(s)</source>
        <translation>
            <numerusform>Pick list: %n order</numerusform>
            <numerusform>Pick list: %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+29"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Made %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pick, in walking order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickLists</name>
    <message>
        <location filename="../core/warehouse/PickLists.cpp" line="+22"/>
        <source>A pick list needs at least one order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A pick list takes at most %1 orders (%2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A pick list takes between 1 and %1 orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No confirmed order is waiting to ship.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceCalculator</name>
    <message>
        <location filename="../core/pricing/PriceCalculator.cpp" line="+32"/>
        <source>The order&apos;s amounts are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An order needs at least one line item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping is in %1, but this order is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipping cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is priced in %2, but this order is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity must be positive (got %1 for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The discount is in %1, but this order is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A discount cannot be negative (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The discount is for %1, which is not on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A discount of %1 is more than what is left of line %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A discount of %1 is more than what is left of the order (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductImport</name>
    <message>
        <location filename="../core/inventory/ProductImport.cpp" line="+86"/>
        <source>import %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is empty: it needs a header row (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 products per file (%2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown column &quot;%1&quot; (columns: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+122"/>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>SKU %1 is already on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Barcode %1 is already on row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 units of %2 are reserved for open orders; on hand cannot go below that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Barcode %1 is the barcode of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderChecks</name>
    <message>
        <location filename="../core/diagnostics/ProviderChecks.cpp" line="+24"/>
        <source>Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SendGrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No answer from %1 in time: check this machine&apos;s network, proxy and firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach %1 (%2): check this machine&apos;s network, proxy and firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 It said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not checked: no secret key (see Provider keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked: live key. Diagnostics call Stripe in test mode only, so a live key is never sent; try a test key (sk_test_…) on a test installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not checked: no API key (see Provider keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SMS is on but Twilio is not set up: set twilio/accountSid and the auth token (shipshape-cli secrets set twilio), or turn SMS off (sms/enabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Twilio account SID &quot;%1&quot; is not AC and 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 answered 200 without an account: check the Twilio API address (SHIPSHAPE_TWILIO_API_BASE, twilio/apiBase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Twilio account is %1, not active: SMS will not go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the account SID and auth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 accepted the test credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio refused the account SID or auth token (401): check twilio/accountSid and set the token with shipshape-cli secrets set twilio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Twilio knows no account with this SID (404): check twilio/accountSid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio is limiting requests (429): run the diagnostics again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio answered %1: it has a problem of its own; try again later (status.twilio.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Twilio answered %1: check the Twilio API address (SHIPSHAPE_TWILIO_API_BASE, twilio/apiBase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 accepted the test key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe refused the key (401): set a valid test key with shipshape-cli secrets set stripe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stripe does not let this key read the account (403): use the secret key, or a restricted key with read and write access to PaymentIntents, Refunds and Checkout Sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stripe is limiting requests (429): run the diagnostics again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stripe answered %1: it has a problem of its own; try again later (status.stripe.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe answered %1: check the Stripe API address (SHIPSHAPE_STRIPE_API_BASE, stripe/apiBase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>create a key with Mail Send access in SendGrid and store it with shipshape-cli secrets set sendgrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered 200 without a list of scopes: check the SendGrid API address (SHIPSHAPE_SENDGRID_API_BASE, sendgrid/apiBase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key may not send mail (no mail.send scope): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the key; it may send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SendGrid refused the key (401): set a valid key with shipshape-cli secrets set sendgrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SendGrid refused this key (403): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid is limiting requests (429): run the diagnostics again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid answered %1: it has a problem of its own; try again later (status.sendgrid.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid answered %1: check the SendGrid API address (SHIPSHAPE_SENDGRID_API_BASE, sendgrid/apiBase).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rate</name>
    <message>
        <location filename="../core/pricing/Rate.cpp" line="+12"/>
        <source>%1: &quot;%2&quot; is not a percentage between 0 and 100 (at most four decimals, e.g. 12.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRefundForm</name>
    <message>
        <location filename="../ui/views/RecordRefundForm.cpp" line="+24"/>
        <source>Refund method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the bank transfer&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money you already returned outside Shipshape. The customer is emailed that it was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (up to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose how the money was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundMethods</name>
    <message>
        <location filename="../core/payment/RefundMethod.cpp" line="+35"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaFile</name>
    <message>
        <location filename="../core/replica/ReplicaFile.cpp" line="+72"/>
        <location line="+66"/>
        <source>There is no replica at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The replica %1 cannot be trusted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is no Shipshape replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its schema version %1 is not this Shipshape&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaKeeper</name>
    <message>
        <location filename="../core/replica/ReplicaKeeper.cpp" line="+65"/>
        <source>Cannot listen for the server&apos;s changes; the replica is not kept up to date until it answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaSync</name>
    <message>
        <location filename="../core/replica/ReplicaSync.cpp" line="+82"/>
        <source>A replica follows a PostgreSQL server; %1 is a SQLite file already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 keeps no change log for replicas: migrate it to this Shipshape&apos;s schema first (shipshape-cli db migrate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server&apos;s replica_source row is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 has schema version %2 and this Shipshape %3: its replica needs both the same (migrate the server, or update Shipshape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it copies another server or database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was made for schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds changes the server does not have (was the server restored from a backup?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it last synchronised before changes the server no longer keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The replica %1 cannot be trusted (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+234"/>
        <location line="+174"/>
        <source>The replica %1 cannot be trusted (%2); rebuild it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>There is no replica at %1 yet: run shipshape-cli replica sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaTables</name>
    <message>
        <location filename="../core/replica/ReplicaTables.cpp" line="+36"/>
        <source>The server %1 keeps no change log for replicas: migrate it to this Shipshape&apos;s schema first (shipshape-cli db migrate).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnReasons</name>
    <message>
        <location filename="../core/orders/ReturnReason.cpp" line="+51"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnStates</name>
    <message>
        <location filename="../core/orders/ReturnState.cpp" line="+48"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnStore</name>
    <message>
        <location filename="../core/orders/ReturnStore.cpp" line="+63"/>
        <location line="+83"/>
        <source>No return %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Return %1 has changed meanwhile: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was already received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>it is no longer requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was already refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it was already refunded or is not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it was already exchanged, rejected or refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedOrderViews</name>
    <message>
        <location filename="../ui/views/SavedOrderViews.cpp" line="+33"/>
        <source>Cancelled this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is a built-in view; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="+39"/>
        <source>The keychain did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+117"/>
        <source>Cannot read &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+22"/>
        <source>No keychain is reachable (no D-Bus session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot store &quot;%1&quot; in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot remove &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendGridSignature</name>
    <message>
        <location filename="../core/notification/SendGridSignature.cpp" line="+153"/>
        <source>The X-Twilio-Email-Event-Webhook-Signature or X-Twilio-Email-Event-Webhook-Timestamp header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The X-Twilio-Email-Event-Webhook-Timestamp header is not a number of seconds, or the X-Twilio-Email-Event-Webhook-Signature header is not a base64 DER ECDSA signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The X-Twilio-Email-Event-Webhook-Timestamp is more than %n second(s) away from the server&apos;s time.</source>
        <translation>
            <numerusform>The X-Twilio-Email-Event-Webhook-Timestamp is more than %n second away from the server&apos;s time.</numerusform>
            <numerusform>The X-Twilio-Email-Event-Webhook-Timestamp is more than %n seconds away from the server&apos;s time.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signature does not verify over the timestamp and body with this shop&apos;s SendGrid public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SendGrid webhook public key (sendgrid/webhookPublicKey or SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) is not a base64 EC P-256 public key as SendGrid shows it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendGridWebhookEvents</name>
    <message>
        <location filename="../core/notification/SendGridWebhookEvents.cpp" line="+46"/>
        <source>The body is not a JSON array of events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The batch has no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each event is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An event needs its sg_event_id (1 to 255 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An event needs its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sg_message_id is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An event needs its timestamp in whole Unix seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Shipshape does not track %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This event was processed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No email of this shop was sent as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no sg_message_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Email %1 of order %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email %1 of order %2: %3 recorded on the timeline; a later report stays its state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShipmentStore</name>
    <message>
        <location filename="../core/orders/ShipmentStore.cpp" line="+41"/>
        <source>Shipment %1 of order %2 is already delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order %1 has fewer than %2 of %3 left to ship.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsComposer</name>
    <message>
        <location filename="../core/notification/SmsComposer.cpp" line="+59"/>
        <source>%1: we received your order #%2 (%3). Reply STOP to opt out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: payment received for order #%2. We are getting it ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: order #%2 has shipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: order #%2 has shipped with %3, tracking %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: order #%2 has been delivered. Enjoy!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: order #%2 is cancelled; %3 is kept as credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: order #%2 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: we refunded %2 for order #%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsSettings</name>
    <message>
        <location filename="../core/notification/SmsSettings.cpp" line="+27"/>
        <source>The Twilio account SID &quot;%1&quot; is not AC and 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Twilio messaging service SID &quot;%1&quot; is not MG and 32 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SMS sender &quot;%1&quot; is not a phone number in E.164 form (+ and the country code).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <location filename="../core/storage/SqliteBackup.cpp" line="+55"/>
        <source>SQLite did not report its data version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a Shipshape database (it has no %2 table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SQLite did not count the rows of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 fails SQLite&apos;s integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only an SQLite database is backed up by Shipshape; use pg_dump for PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 exists already: name a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+75"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The backup cannot replace the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not copy the database to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database kept changing while it was being copied (%1 tries): try again in a quieter moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The copy&apos;s rows differ from the database&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only an SQLite database is restored by Shipshape; use pg_restore for PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot copy %1 beside the database to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an SQLite database Shipshape can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database %1 is open in another program (the app, shipshape-cli worker or serve): close it, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not keep the current database as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot remove %1: is the database open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFileErrors</name>
    <message>
        <location filename="../core/storage/SqliteFileErrors.cpp" line="+41"/>
        <source>%1 cannot be written: the file, its folder or its disk is read-only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding %1 is full (%2 free): nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be read or written (%2): nothing was saved. Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not a Shipshape database (%2). Restore it from a backup (shipshape-cli restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be opened (%2): check that its folder exists and may be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <location filename="../core/staff/StaffDirectory.cpp" line="+18"/>
        <source>&quot;%1&quot; is not a valid staff login: use lower-case letters, digits and _, starting with a letter or _, at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff logins may not start with pg_ or shipshape_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown role &quot;%1&quot;: use warehouse, support or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This is a local SQLite database: its one user is the operating-system account %1, with every right. Staff logins exist on PostgreSQL only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server did not report the login&apos;s roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A staff password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockMovementKinds</name>
    <message>
        <location filename="../core/inventory/StockMovement.cpp" line="+47"/>
        <source>Initial stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replenished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purged orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockReservations</name>
    <message>
        <location filename="../core/inventory/StockReservations.cpp" line="+33"/>
        <source>Out of stock: %1 has %2 available, %3 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Return %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <location filename="../core/storage/StoredValue.cpp" line="+7"/>
        <source>The database holds an unknown %1 &quot;%2&quot; in %3 row %4; it may have been written by a newer version of Shipshape.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StripeGateway</name>
    <message>
        <location filename="../core/payment/StripeGateway.cpp" line="+94"/>
        <source>&quot;%1&quot; is not a Stripe PaymentIntent id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Card payments are not configured: store the Stripe secret key first (shipshape-cli secrets set stripe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Stripe did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach Stripe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Card payments are not configured: store the Stripe secret key with &quot;shipshape-cli secrets set stripe&quot; (or set SHIPSHAPE_STRIPE_SECRET_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment links need the page customers see after paying: set the &quot;stripe/checkoutSuccessUrl&quot; setting (or SHIPSHAPE_STRIPE_CHECKOUT_SUCCESS_URL) to an https address of the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a Stripe Checkout Session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Card declined: insufficient funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: the card has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: incorrect security code (CVC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: incorrect card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined by the bank; ask for another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: suspected fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: the card&apos;s limit is exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: the bank had a processing error; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined: it needs 3-D Secure authentication, which cannot be done by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card declined by the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe&apos;s answer could not be understood (HTTP %1); the payment will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The payment is processing; it will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe could not return the money (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stripe reported the unexpected status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe is rate-limiting requests; the payment will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe had an internal error (HTTP %1); the payment will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Stripe refused the request with HTTP %1 and an unreadable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Stripe rejected the API key: check the Stripe secret key in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Stripe key is not allowed to do this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stripe refused a repeated request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe refused the request: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stripe&apos;s answer could not be understood (HTTP %1); the payment link will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stripe&apos;s answer had no payment page address; the payment link will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stripe is rate-limiting requests; the payment link will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe had an internal error (HTTP %1); the payment link will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StripeSettings</name>
    <message>
        <location filename="../core/payment/StripeSettings.cpp" line="+38"/>
        <source>&quot;%1&quot; is not an https address customers can be sent to after paying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StripeSignature</name>
    <message>
        <location filename="../core/payment/StripeSignature.cpp" line="+109"/>
        <source>The Stripe-Signature header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Stripe-Signature header is not &quot;t=&lt;timestamp&gt;,v1=&lt;signature&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The Stripe-Signature timestamp is more than %n second(s) away from the server&apos;s time.</source>
        <translation>
            <numerusform>The Stripe-Signature timestamp is more than %n second away from the server&apos;s time.</numerusform>
            <numerusform>The Stripe-Signature timestamp is more than %n seconds away from the server&apos;s time.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No v1 signature matches the body with this endpoint&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StripeWebhookEvents</name>
    <message>
        <location filename="../core/payment/StripeWebhookEvents.cpp" line="+74"/>
        <source>The body is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a Stripe event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Stripe event id looks like evt_….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event has no data.object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Shipshape does not handle %1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <location line="+85"/>
        <location line="+130"/>
        <location line="+101"/>
        <source>This event was processed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-273"/>
        <source>A %1 event carries a PaymentIntent (pi_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No card charge of this shop is PaymentIntent %1 (a payment link&apos;s payment is settled by the worker&apos;s link reconciliation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PaymentIntent %1 is not the charge order %2 asked for (amount or currency differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Payment attempt %1 of order %2 was already settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment attempt %1 of order %2 resolved (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A charge.refunded event carries a charge (ch_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No order of this shop was paid with charge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A refund needs its id (re_…) and a positive integer amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A charge.refunded event needs the charge&apos;s amount_refunded as an integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Refunded in Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refunded in Stripe (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing new to record on order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Recorded %n refund(s) made in Stripe on order %1: %2 %3.</source>
        <translation>
            <numerusform>Recorded %n refund made in Stripe on order %1: %2 %3.</numerusform>
            <numerusform>Recorded %n refunds made in Stripe on order %1: %2 %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A charge.dispute.created event carries a dispute (dp_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A dispute needs its amount as an integer in minor units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No order of this shop was paid with the disputed charge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dispute opened: %1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <location filename="../core/tags/Tag.cpp" line="+24"/>
        <source>Give at least one tag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxRateRepository</name>
    <message>
        <location filename="../core/pricing/TaxRateRepository.cpp" line="+38"/>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166-1, e.g. DE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A tax rate is between 0 and 100 % (got %1 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxService</name>
    <message>
        <location filename="../core/pricing/TaxService.cpp" line="+38"/>
        <source>There is no %1 tax rate for %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <location filename="../core/notification/TemplateRenderer.cpp" line="+82"/>
        <source>Unclosed tag at offset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty tag at offset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Section &quot;%1&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+34"/>
        <source>Unknown template value &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Unexpected &quot;{{%1}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location filename="../core/common/TextField.cpp" line="+11"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 must be a single line without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioInboundSms</name>
    <message>
        <location filename="../core/notification/TwilioInboundSms.cpp" line="+63"/>
        <source>MessageSid is two capital letters and 32 hexadecimal digits (SM…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The message names no sender (From).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The sender is not a phone number in E.164; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This message was processed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The customer replied STOP (Twilio message %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Opted out of SMS: %n customer(s) with this number, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n queued message(s) dropped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Opted in to SMS again: %n customer(s) with this number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded; this message changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwilioSignature</name>
    <message>
        <location filename="../core/notification/TwilioSignature.cpp" line="+74"/>
        <source>A form field has no name, or a name that is not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of form field %1 is not UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The signature is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request has no X-Twilio-Signature header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X-Twilio-Signature does not match this URL, these fields and the Twilio auth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Twilio auth token is configured to check the signature with: store it with &quot;shipshape-cli secrets set twilio&quot; (or set SHIPSHAPE_TWILIO_AUTH_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitOfWork</name>
    <message>
        <location filename="../core/storage/UnitOfWork.cpp" line="+79"/>
        <source>The connection to the database was lost; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookEndpoints</name>
    <message>
        <location filename="../core/notification/WebhookEndpoints.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A webhook URL has at most 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A webhook URL has no user, password or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A webhook URL must use https (plain http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name at least one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+14"/>
        <source>No webhook endpoint %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookEventTypes</name>
    <message>
        <location filename="../core/notification/WebhookEvent.cpp" line="+54"/>
        <source>Unknown webhook event &quot;%1&quot;; the events are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <location filename="../core/notification/WebhookOutbox.cpp" line="+185"/>
        <source>The page size must be 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>No webhook delivery %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webhook delivery %1 cannot be retried: its endpoint was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook delivery %1 is %2; only a failed or retrying one can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+45"/>
        <source>Shipshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="+34"/>
        <source>Order management back-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Database: sqlite:PATH or postgresql://USER@HOST:PORT/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an archive written by shipshape-cli archive export, read-only, instead of a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Render the window to a PNG file and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View to show: dashboard, orders, customers, inventory, outbox, returns, settings, pack, counts or order:NUMBER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance for this run: light, dark or desktop (the desktop&apos;s own); without it, the one chosen on the Settings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Displays the version and the commit it was built from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the window was closed, or the screenshot written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an option was not understood, or the screenshot could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--view names no view of this version, or --appearance no appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the database or archive could not be opened (the message names it and why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="+57"/>
        <source>Unknown appearance &quot;%1&quot; (use light, dark or desktop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Unknown view &quot;%1&quot;; this version has: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln email(s) waiting: %1</source>
        <translation>
            <numerusform>%Ln email waiting: %1</numerusform>
            <numerusform>%Ln emails waiting: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emails: %L1 sent, %L2 to retry, %L3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Background work failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::BulkProgressDialog</name>
    <message>
        <location filename="../ui/bulk/BulkProgressDialog.cpp" line="+27"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop after the order being worked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping after the current order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln order(s) done</source>
        <translation>
            <numerusform>%Ln order done</numerusform>
            <numerusform>%Ln orders done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>cancelled, %Ln order(s) not attempted</source>
        <translation>
            <numerusform>cancelled, %Ln order not attempted</numerusform>
            <numerusform>cancelled, %Ln orders not attempted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%L1 of %Ln order(s)…</source>
        <translation>
            <numerusform>%L1 of %Ln order…</numerusform>
            <numerusform>%L1 of %Ln orders…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::BulkResultModel</name>
    <message>
        <location filename="../ui/bulk/BulkResultModel.cpp" line="+49"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::BulkShipDialog</name>
    <message numerus="yes">
        <location filename="../ui/bulk/BulkShipDialog.cpp" line="+31"/>
        <source>Ship %Ln order(s)</source>
        <translation>
            <numerusform>Ship %Ln order</numerusform>
            <numerusform>Ship %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carrier for all orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not shipped (%Ln order(s)):</source>
        <translation>
            <numerusform>Not shipped (%Ln order):</numerusform>
            <numerusform>Not shipped (%Ln orders):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier for all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the tracking number of each parcel:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CancelLinesDialog</name>
    <message>
        <location filename="../ui/views/CancelLinesDialog.cpp" line="+28"/>
        <source>Cancel lines of order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes unshipped units off the order and releases their stock. The order is priced again; what was paid beyond the new total (now %1) becomes the refund owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines to cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+116"/>
        <source>Choose how many units of each line to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Cancel units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the chosen units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Units cancelled. The order&apos;s total is now %1 (was %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund owed: %1 — settle it with Refund…, Record refund… or Keep as credit….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No refund is owed; the customer still owes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No refund is owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the new total…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This cancel cannot be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>After the cancel the order&apos;s total is %1 (now %2); %n reserved unit(s) go back to stock.</source>
        <translation>
            <numerusform>After the cancel the order&apos;s total is %1 (now %2); %n reserved unit goes back to stock.</numerusform>
            <numerusform>After the cancel the order&apos;s total is %1 (now %2); %n reserved units go back to stock.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund owed then: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer would still owe %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No refund would be owed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ChartPanel</name>
    <message>
        <location filename="../ui/views/ChartPanel.cpp" line="+30"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart “%1” as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CountsView</name>
    <message>
        <location filename="../ui/views/CountsView.cpp" line="+52"/>
        <source>&amp;New count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an item (SKU or barcode): one unit each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products of the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Approve count #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Post %n correction(s) to the stock ledger and close count #%1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel count #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close count #%1 without changing any stock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Count #%1 started: scan or type what the shelf holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>✓ %1 counted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ %1 counted %2 (variance %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Count #%1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Count #%1 approved: %n correction(s) posted to the stock ledger.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Count #%1 cancelled; no stock was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Count products on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This login may not edit stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post each difference to the stock ledger and close the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin approves a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No count selected: start one with New count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count #%1 (%2): %3 of %4 counted%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CustomerOrdersModel</name>
    <message>
        <location filename="../ui/models/CustomerOrdersModel.cpp" line="+24"/>
        <source>%1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CustomerSearchField</name>
    <message>
        <location filename="../ui/views/CustomerSearchField.cpp" line="+22"/>
        <source>Find a customer by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by name or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CustomerTableModel</name>
    <message>
        <location filename="../ui/models/CustomerTableModel.cpp" line="+87"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order totals less refunds, without cancelled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CustomersView</name>
    <message>
        <location filename="../ui/views/CustomersView.cpp" line="+39"/>
        <source>Search name or email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+302"/>
        <source>Select a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Mobile number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the customer&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders of the selected customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click an order to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customers could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A customer is added with their first order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customers match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search looks at names and email addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a customer to see their orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%Ln cancelled)</source>
        <translation>
            <numerusform> (%Ln cancelled)</numerusform>
            <numerusform> (%Ln cancelled)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · spent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · customer since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile number of %1 for SMS status messages, with + and the country code or as dialled in the shop&apos;s region. Leave it empty to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No mobile number: no SMS status messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS to %1: opted out (replied STOP) on %2; none are sent until they reply START.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMS status messages go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set or remove the mobile number for SMS status messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not change customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CycleCountLineModel</name>
    <message>
        <location filename="../ui/models/CycleCountLineModel.cpp" line="+112"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Units shipped, received or corrected between the start of the count and its entry; they are not variance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posted to the stock ledger (row %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved during count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::CycleCountListModel</name>
    <message>
        <location filename="../ui/models/CycleCountListModel.cpp" line="+66"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+73"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recompute the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export KPIs as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the KPI figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>KPI figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Revenue and orders per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top products by units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+242"/>
        <location line="+9"/>
        <source>Low stock against threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Placement time distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top return reasons by units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The period must start on or before its last day (%1 is after %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 – %2 (UTC days), compared with %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The dashboard could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No orders were placed from %1 to %2. The figures are zero and the charts stay empty until orders come in; choose a longer period to see earlier orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No orders were placed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No products were sold in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No product is at or below its low-stock threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low stock against threshold (lowest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No returns were opened in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No order placements were timed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Could not save %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export KPIs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the KPI figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over %Ln confirmed order(s)</source>
        <translation type="vanished">
            <numerusform>over %Ln confirmed order</numerusform>
            <numerusform>over %Ln confirmed orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln placement(s) confirmed · target %2</source>
        <translation type="vanished">
            <numerusform>%1 of %Ln placement confirmed · target %2</numerusform>
            <numerusform>%1 of %Ln placements confirmed · target %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln card payment(s) failed</source>
        <translation type="vanished">
            <numerusform>%1 of %Ln card payment failed</numerusform>
            <numerusform>%1 of %Ln card payments failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::DeliverDialog</name>
    <message>
        <location filename="../ui/views/DeliverDialog.cpp" line="+22"/>
        <source>Mark parcels of order #%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n parcel(s) of this order are on their way. Which one arrived?</source>
        <translation>
            <numerusform>%n parcel of this order is on its way. Did it arrive?</numerusform>
            <numerusform>%n parcels of this order are on their way. Which one arrived?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Every parcel on its way (%n)</source>
        <translation>
            <numerusform>The parcel on its way (%n)</numerusform>
            <numerusform>Every parcel on its way (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcel %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DiagnosticsDialog</name>
    <message>
        <location filename="../ui/windows/DiagnosticsDialog.cpp" line="+72"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checking the database, the providers and this machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every check passed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n check(s) need attention: each says what to do.</source>
        <translation>
            <numerusform>%n check needs attention: each says what to do.</numerusform>
            <numerusform>%n checks need attention: each says what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::DiagnosticsModel</name>
    <message>
        <location filename="../ui/models/DiagnosticsModel.cpp" line="+43"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found, or what to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DiscountRowEditor</name>
    <message>
        <location filename="../ui/views/DiscountRowEditor.cpp" line="+19"/>
        <source>% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or staff reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Discount %1 kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (not on the order)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DraftAdjustmentsPanel</name>
    <message>
        <location filename="../ui/views/DraftAdjustmentsPanel.cpp" line="+27"/>
        <source>Discounts and shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No discounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipping method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method, e.g. Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee, e.g. 4.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shipping:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DraftCheckoutForm</name>
    <message>
        <location filename="../ui/views/DraftCheckoutForm.cpp" line="+52"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+92"/>
        <source>Existing customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+11"/>
        <location line="+76"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send payment link (card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Card token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider token, e.g. tok_visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card payments are charged when the order is placed; invoice, bank transfer and cash orders hold their stock until staff mark them paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>When the order is placed, the customer is emailed a link to pay by card. The order holds its stock until the link expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the order is placed, %1 is emailed a link to pay by card. The order holds its stock until the link expires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DraftLineModel</name>
    <message>
        <location filename="../ui/models/DraftLineModel.cpp" line="+23"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DraftListModel</name>
    <message>
        <location filename="../ui/models/DraftListModel.cpp" line="+51"/>
        <source>(no customer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DraftListPanel</name>
    <message>
        <location filename="../ui/views/DraftListPanel.cpp" line="+18"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::DraftTotalsView</name>
    <message>
        <location filename="../ui/views/DraftTotalsView.cpp" line="+18"/>
        <source>Discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+13"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Total unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Subtotal (%n item(s))</source>
        <translation>
            <numerusform>Subtotal (%n item)</numerusform>
            <numerusform>Subtotal (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the discount or shipping fee marked in red to see the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipping · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incl. %1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices include tax.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ImportIssueModel</name>
    <message>
        <location filename="../ui/models/ImportIssueModel.cpp" line="+33"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::InventoryView</name>
    <message>
        <location filename="../ui/views/InventoryView.cpp" line="+40"/>
        <source>Search SKU, name or barcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only products low on stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replenish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replenish the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record stock that arrived for the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+123"/>
        <source>Read-only: your login may look at stock but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+233"/>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Stock movements of the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%Ln product(s) low on stock</source>
        <translation>
            <numerusform>%Ln product low on stock</numerusform>
            <numerusform>%Ln products low on stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The products could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show all products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products in the catalogue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add products with “shipshape-cli products add”; they are listed here with their stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products are low on stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product has more available than its low-stock threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The search looks at SKUs, product names and whole barcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No products low on stock match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a product to see how its stock changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No stock movements of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+20"/>
        <source>Stock movements of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stock movements of %1 — %2 (latest %L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why is the stock of %1 changing from %L2 to %L3? (for example: cycle count, damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Stock of %1 set to %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low-stock threshold of %1 set to %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Barcode of %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode of %1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 received %L2; %L3 on hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Correct the stock of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::KpiCard</name>
    <message>
        <location filename="../ui/views/KpiCard.cpp" line="+109"/>
        <source>Change against the previous period of the same length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show the orders this figure counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>change against the previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::KpiCardGrid</name>
    <message>
        <location filename="../ui/views/KpiCardGrid.cpp" line="+67"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>no refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after %1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 confirmed · %2 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>over %Ln confirmed order(s)</source>
        <translation>
            <numerusform>over %Ln confirmed order</numerusform>
            <numerusform>over %Ln confirmed orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no confirmed orders in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln placement(s) confirmed · target %2</source>
        <translation>
            <numerusform>%1 of %Ln placement confirmed · target %2</numerusform>
            <numerusform>%1 of %Ln placements confirmed · target %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no placement attempts recorded in this period · target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>no placements timed in this period · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no card payments in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>%1&#xa0;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%1 of %Ln card payment(s) failed</source>
        <translation>
            <numerusform>%1 of %Ln card payment failed</numerusform>
            <numerusform>%1 of %Ln card payments failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>top: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 × %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the orders cancelled after a declined payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing shipped or returned in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 units shipped came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the returns opened in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of the orders placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no orders placed in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed · %2 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>oldest waiting %1 · now, whatever the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing waiting · now, whatever the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requests answered by the Order API server (shipshape-cli serve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no API requests in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln order(s) through the API in this period</source>
        <translation>
            <numerusform>%Ln order through the API in this period</numerusform>
            <numerusform>%Ln orders through the API in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln request(s) failed</source>
        <translation>
            <numerusform>%1 of %Ln request failed</numerusform>
            <numerusform>%1 of %Ln requests failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>over %Ln request(s)</source>
        <translation>
            <numerusform>over %Ln request</numerusform>
            <numerusform>over %Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::KpiTableModel</name>
    <message>
        <location filename="../ui/models/KpiTableModel.cpp" line="+113"/>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period end (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Oldest order waiting to ship since (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::LineItemModel</name>
    <message>
        <location filename="../ui/models/LineItemModel.cpp" line="+72"/>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not in catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on hand, %2 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand %1, reserved by open orders %2 (this order&apos;s included), free %3, low below %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::LineTableView</name>
    <message>
        <location filename="../ui/views/LineTableView.cpp" line="+17"/>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::MainWindow</name>
    <message>
        <location filename="../ui/windows/MainWindow.cpp" line="+83"/>
        <location line="+2"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+217"/>
        <source>Take a new order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Return %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved; they take effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipshape will open %1 at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 shipped from the packing station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Create or update products from a CSV file, all rows or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Import &amp;orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Place orders from another system&apos;s CSV or JSON Lines file, each once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Open &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an archive of order history read-only, in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipshape archives (*.shipshape-archive *.archive *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not start Shipshape to open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the database, the payment and email providers and this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Read-only: this window shows an archive, not the shop (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2. Nothing here can be changed; the shop&apos;s own database is not open in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+205"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a new order (%1); offline, it is kept on this desktop and offered for placing when the server answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n order(s) typed offline moved to the drafts.</source>
        <translation>
            <numerusform>%n order typed offline moved to the drafts.</numerusform>
            <numerusform>%n orders typed offline moved to the drafts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order #%1 placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 — offline, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The database cannot be reached; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Working… (%Ln task(s))</source>
        <translation>
            <numerusform>Working… (%Ln task)</numerusform>
            <numerusform>Working… (%Ln tasks)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Products imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order files (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::NewCountDialog</name>
    <message>
        <location filename="../ui/views/NewCountDialog.cpp" line="+29"/>
        <source>New count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Products to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKUs or barcodes, separated by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products not counted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days since the last count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most this many products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where or why, e.g. aisle A (goes on the ledger corrections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Type the products to count, or choose the products not counted for a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineDraftReviewModel</name>
    <message>
        <location filename="../ui/models/OfflineDraftReviewModel.cpp" line="+62"/>
        <source>(no customer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not priced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none: prices and stock as when typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typed offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineDraftsDialog</name>
    <message>
        <location filename="../ui/views/OfflineDraftsDialog.cpp" line="+47"/>
        <source>Orders typed offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These orders were typed on this desktop while the server did not answer. They are checked against the catalogue as it is now. Move them to the drafts to place them from New order; stock is reserved when they are placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Move to drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand the selected orders to the server&apos;s drafts, to be placed from New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the selected orders from this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the orders against the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The orders could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No orders typed offline are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s) typed offline are waiting.</source>
        <translation>
            <numerusform>%Ln order typed offline is waiting.</numerusform>
            <numerusform>%Ln orders typed offline are waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not readable, left in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Moving to the drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nothing was moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln order(s) moved to the drafts; place them from New order.</source>
        <translation>
            <numerusform>%Ln order moved to the drafts; place it from New order.</numerusform>
            <numerusform>%Ln orders moved to the drafts; place them from New order.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One continued a draft placed meanwhile as order #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard orders typed offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard %n order(s) typed offline? They were never placed; this cannot be undone.</source>
        <translation>
            <numerusform>Discard %n order typed offline? It was never placed; this cannot be undone.</numerusform>
            <numerusform>Discard %n orders typed offline? They were never placed; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not all were discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineDraftsPresenter</name>
    <message>
        <location filename="../ui/windows/OfflineDraftsPresenter.cpp" line="+18"/>
        <source>Orders typed &amp;offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No orders typed offline are waiting on this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders typed offline are reviewed when the server answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login may not place orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the orders typed offline against the server and move them to the drafts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OfflineMode</name>
    <message>
        <location filename="../core/replica/OfflineMode.cpp" line="+106"/>
        <source>Offline — history as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — the server does not answer, and this desktop has no offline copy of the shop yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server does not answer: nothing can be changed until it is back. Shipshape reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OfflinePresenter</name>
    <message>
        <location filename="../ui/windows/OfflinePresenter.cpp" line="+29"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Offline copy: interrupted, resumes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline copy: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The offline copy was made again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline copy: not updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Offline copy: catching up (%Ln change(s))</source>
        <translation type="unfinished">
            <numerusform>Offline copy: catching up (%Ln change)</numerusform>
            <numerusform>Offline copy: catching up (%Ln changes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the shop for offline use: %1% (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderBulkActions</name>
    <message>
        <location filename="../ui/bulk/OrderBulkActions.cpp" line="+41"/>
        <source>Ship selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected orders shipped, with a tracking number each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Add a tag to the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Remove a tag from the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Packing slips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the packing slips of the selected orders as one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a pick list of the selected confirmed orders as a PDF, with barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected orders as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>None of the %Ln selected orders can ship; for example: %1</source>
        <translation>
            <numerusform>The %Ln selected order cannot ship: %1</numerusform>
            <numerusform>None of the %Ln selected orders can ship; for example: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Select at most %L1 orders for one bulk action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>Ship %Ln order(s)</source>
        <translation>
            <numerusform>Ship %Ln order</numerusform>
            <numerusform>Ship %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+6"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>Tag to add to %Ln order(s):</source>
        <translation>
            <numerusform>Tag to add to %Ln order:</numerusform>
            <numerusform>Tag to add to %Ln orders:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Tag to remove from %Ln order(s):</source>
        <translation>
            <numerusform>Tag to remove from %Ln order:</numerusform>
            <numerusform>Tag to remove from %Ln orders:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shipshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tag %Ln order(s) “%1”</source>
        <translation>
            <numerusform>Tag %Ln order “%1”</numerusform>
            <numerusform>Tag %Ln orders “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Untag %Ln order(s) “%1”</source>
        <translation>
            <numerusform>Untag %Ln order “%1”</numerusform>
            <numerusform>Untag %Ln orders “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save packing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>packing-slips.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>Packing slips for %Ln order(s)</source>
        <translation>
            <numerusform>Packing slips for %Ln order</numerusform>
            <numerusform>Packing slips for %Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No packing slip written: no order could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Saved %Ln packing slip(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln packing slip to %1</numerusform>
            <numerusform>Saved %Ln packing slips to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pick-list.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No pick list written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Saved a pick list of %Ln order(s) to %1</source>
        <translation>
            <numerusform>Saved a pick list of %Ln order to %1</numerusform>
            <numerusform>Saved a pick list of %Ln orders to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orders.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Export %Ln order(s)</source>
        <translation>
            <numerusform>Export %Ln order</numerusform>
            <numerusform>Export %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Exported %Ln order(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln order to %1</numerusform>
            <numerusform>Exported %Ln orders to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderDetailView</name>
    <message>
        <location filename="../ui/views/OrderDetailView.cpp" line="+48"/>
        <source>Select an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+224"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take unshipped units off the order: their stock is released and the order is priced again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal note on the timeline; the customer does not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resend email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the customer&apos;s most recent email again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packing slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the packing slip as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only this customer&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Order #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+7"/>
        <source>Shipshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark order #%1 as paid (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mark order #%1 as delivered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-331"/>
        <source>Refund a card payment through Stripe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a refund made outside Shipshape (bank transfer, cash, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the refund owed as the customer&apos;s credit instead of paying it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email the customer a link to pay the balance due by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change lines, prices, discounts, shipping or the address, with a preview of the new total and what it settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>Take shipped units back: a return (RMA) with a reason per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every shipped unit of this order is already under a return, or nothing has shipped yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login may not change tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Cancelling failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Record a refund for order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording the refund failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep %1 of order #%2 as the customer&apos;s credit instead of refunding it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keeping the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Email %1 a link to pay %2 by card?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment link is on its way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Refund failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund %1 to the customer of order #%2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Adding the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removing the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Note on order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal note (staff only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the most recent email of order #%1 to %2 again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resending the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The email to %1 is queued to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>packing-slip-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Packing slip saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invoice-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditDialog</name>
    <message>
        <location filename="../ui/views/OrderEditDialog.cpp" line="+66"/>
        <source>Edit order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Reason for the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the order&apos;s timeline; required for a price set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Apply edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discount on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 or 5.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discount code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or a reason (a discount needs one of the two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipping fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shipping address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two letters (ISO 3166-1), e.g. US or DE; another country or region taxes every line at its rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Street:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The edit cannot be applied as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln more reserved</source>
        <translation type="vanished">
            <numerusform>%1: %Ln more reserved</numerusform>
            <numerusform>%1: %Ln more reserved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln released</source>
        <translation type="vanished">
            <numerusform>%1: %Ln released</numerusform>
            <numerusform>%1: %Ln released</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+96"/>
        <source>The edit is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Nothing is changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the preview of the edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix what the form points out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the edit and settle the difference as the preview says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saving the edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the edit and refunding %1 to the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the edit and charging %1 to the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The edit is saved, but the card was not charged (%1). %2 is now due on order #%3: take it another way (a payment link, or mark paid when the customer pays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edit is saved, but the charge of its balance has not settled (%1). %2 shows as due until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edit is saved, but the refund did not go through (%1). %2 is still owed back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The edit is saved, but settling its money reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %Ln available</source>
        <translation type="vanished">
            <numerusform>%1 — %2 · %3 · %Ln available</numerusform>
            <numerusform>%1 — %2 · %3 · %Ln available</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditDiscountModel</name>
    <message>
        <location filename="../ui/models/OrderEditDiscountModel.cpp" line="+89"/>
        <source>Whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>−%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditLineModel</name>
    <message>
        <location filename="../ui/models/OrderEditLineModel.cpp" line="+155"/>
        <source>Today&apos;s catalogue price of a line the edit adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold at %1; the catalogue says %2 today. The line keeps its price unless you set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The price this line was sold at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit price set by hand (needs a reason); empty keeps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 takes the line off the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the line comes to after the edit, net of its discounts (from the preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After discounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditPreviewPanel</name>
    <message>
        <location filename="../ui/views/OrderEditPreviewPanel.cpp" line="+19"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+68"/>
        <location line="+21"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change a line, a price, a discount, the shipping or the address to see what the edit does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>Tax (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+34"/>
        <source>No change to reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+22"/>
        <source>Refund owed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+19"/>
        <source>Balance due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Nothing due, nothing owed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln more reserved</source>
        <translation>
            <numerusform>%1: %Ln more reserved</numerusform>
            <numerusform>%1: %Ln more reserved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %Ln released</source>
        <translation>
            <numerusform>%1: %Ln released</numerusform>
            <numerusform>%1: %Ln released</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the order after the edit; nothing is saved until you apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 will be refunded to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card will be charged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Nothing will be charged or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 will be due: send the customer a payment link for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 will be due, waiting for mark-paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 will be owed back to the customer: record the refund or keep it as credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderEditor</name>
    <message>
        <location filename="../ui/views/OrderEditor.cpp" line="+44"/>
        <source>Order editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+170"/>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Placing the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+421"/>
        <source>Place the order (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-364"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Draft started %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not open the draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Kept on this desktop %1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Total unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Offline: this order is kept on this desktop and offered for placing when the server answers again (stock and prices are checked then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login may not place orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the discount or shipping fee marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Placing the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not placed yet: one field needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not placed yet: %1 fields need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order #%1 placed; payment link emailed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order #%1 placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not list drafts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the draft for %1? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not discard the draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Draft discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The order typed offline is kept on this desktop and offered for placing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not keep the order on this desktop (%1); it goes to the server&apos;s drafts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderFilterBar</name>
    <message>
        <location filename="../ui/views/OrderFilterBar.cpp" line="+33"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by placing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placed on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✕ all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the orders of every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with status %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cancelled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>placed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>placed in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>placed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>placed before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of the chosen customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderImportDialog</name>
    <message>
        <location filename="../ui/windows/OrderImportDialog.cpp" line="+30"/>
        <source>Import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other system&apos;s name: an order is imported once per source and external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Checking every line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln problem(s) in %1 lines; nothing was imported. Correct the file or the columns and check again.</source>
        <translation>
            <numerusform>%Ln problem in %1 lines; nothing was imported. Correct the file or the columns and check again.</numerusform>
            <numerusform>%Ln problems in %1 lines; nothing was imported. Correct the file or the columns and check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Stopped after placing %Ln order(s); import the file again to place the rest.</source>
        <translation>
            <numerusform>Stopped after placing %Ln order; import the file again to place the rest.</numerusform>
            <numerusform>Stopped after placing %Ln orders; import the file again to place the rest.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 lines checked: %2 orders, %3 to place, %4 imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 lines: %2 orders placed, %3 imported before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderTableModel</name>
    <message>
        <location filename="../ui/models/OrderTableModel.cpp" line="+331"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderTagEditor</name>
    <message>
        <location filename="../ui/views/OrderTagEditor.cpp" line="+24"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+37"/>
        <source>Remove the selected tag (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrderViewSelector</name>
    <message>
        <location filename="../ui/views/OrderViewSelector.cpp" line="+31"/>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current filter as a named view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Custom filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+7"/>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the view &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OrdersView</name>
    <message>
        <location filename="../ui/views/OrdersView.cpp" line="+52"/>
        <location line="+320"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Select an order to see its lines, payment and timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+231"/>
        <source>The orders could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders taken here or placed with shipshape-cli appear in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No orders match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No orders match “%1” %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search all orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The search looks at order numbers, customer names and emails, SKUs and tracking numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln+ order(s)</source>
        <translation>
            <numerusform>%Ln+ order</numerusform>
            <numerusform>%Ln+ orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search number, customer, email, SKU or tracking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the order list (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+26"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected orders can ship; for example: %1</source>
        <translation type="vanished">
            <numerusform>The %Ln selected order cannot ship: %1</numerusform>
            <numerusform>None of the %Ln selected orders can ship; for example: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>unknown customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ship %Ln order(s)</source>
        <translation type="vanished">
            <numerusform>Ship %Ln order</numerusform>
            <numerusform>Ship %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to add to %Ln order(s):</source>
        <translation type="vanished">
            <numerusform>Tag to add to %Ln order:</numerusform>
            <numerusform>Tag to add to %Ln orders:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag to remove from %Ln order(s):</source>
        <translation type="vanished">
            <numerusform>Tag to remove from %Ln order:</numerusform>
            <numerusform>Tag to remove from %Ln orders:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln order(s) “%1”</source>
        <translation type="vanished">
            <numerusform>Tag %Ln order “%1”</numerusform>
            <numerusform>Tag %Ln orders “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln order(s) “%1”</source>
        <translation type="vanished">
            <numerusform>Untag %Ln order “%1”</numerusform>
            <numerusform>Untag %Ln orders “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packing slips for %Ln order(s)</source>
        <translation type="vanished">
            <numerusform>Packing slips for %Ln order</numerusform>
            <numerusform>Packing slips for %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln packing slip(s) to %1</source>
        <translation type="vanished">
            <numerusform>Saved %Ln packing slip to %1</numerusform>
            <numerusform>Saved %Ln packing slips to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln order(s)</source>
        <translation type="vanished">
            <numerusform>Export %Ln order</numerusform>
            <numerusform>Export %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1</source>
        <translation type="vanished">
            <numerusform>Exported %Ln order to %1</numerusform>
            <numerusform>Exported %Ln orders to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::OutboxModel</name>
    <message>
        <location filename="../ui/models/OutboxModel.cpp" line="+278"/>
        <source>Reported by SendGrid on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::OutboxView</name>
    <message>
        <location filename="../ui/views/OutboxView.cpp" line="+61"/>
        <source>Show emails with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show emails with delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the outbox (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+267"/>
        <source>Send the selected failed or waiting emails at the next opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+265"/>
        <source>Queue a fresh copy of the selected sent emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Show the outbox of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails and SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select an email to see it as the customer does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The outbox could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No emails SendGrid reported as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No emails with status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Show all emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer emails yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An email is queued here for the customer when their order is placed, confirmed, shipped, delivered, cancelled or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%L1 of %Ln email(s) loaded</source>
        <translation>
            <numerusform>%L1 of %Ln email loaded</numerusform>
            <numerusform>%L1 of %Ln emails loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln email(s)</source>
        <translation>
            <numerusform>%Ln email</numerusform>
            <numerusform>%Ln emails</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Email %1 is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To %1 · %2 · order #%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%Ln email(s) will be sent at the next opportunity.</source>
        <translation>
            <numerusform>%Ln email will be sent at the next opportunity.</numerusform>
            <numerusform>%Ln emails will be sent at the next opportunity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Send %Ln email(s) to the customer again?</source>
        <translation>
            <numerusform>Send %Ln email to the customer again?</numerusform>
            <numerusform>Send %Ln emails to the customer again?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln fresh copy(s) queued.</source>
        <translation>
            <numerusform>%Ln fresh copy queued.</numerusform>
            <numerusform>%Ln fresh copies queued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-40"/>
        <source>%L1 of %Ln email(s) queued again; %2</source>
        <translation>
            <numerusform>%L1 of %Ln email queued again; %2</numerusform>
            <numerusform>%L1 of %Ln emails queued again; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%Ln fresh copy(s) queued; %1</source>
        <translation>
            <numerusform>%Ln fresh copy queued; %1</numerusform>
            <numerusform>%Ln fresh copies queued; %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::PackLineModel</name>
    <message>
        <location filename="../ui/models/PackLineModel.cpp" line="+89"/>
        <source>Barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::PackShipDialog</name>
    <message>
        <location filename="../ui/views/PackShipDialog.cpp" line="+20"/>
        <source>Ship order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Order #%1 is packed (%n unit(s)). Scan or type the tracking number and press Enter to ship.</source>
        <translation>
            <numerusform>Order #%1 is packed (%n unit). Scan or type the tracking number and press Enter to ship.</numerusform>
            <numerusform>Order #%1 is packed (%n units). Scan or type the tracking number and press Enter to ship.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Scan or type the tracking number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is a barcode of the order or its items, not a tracking number: nothing was shipped or counted. Scan the carrier&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::PackView</name>
    <message>
        <location filename="../ui/views/PackView.cpp" line="+55"/>
        <source>Order being packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan an order (#1042), then its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines to pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Partly packed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This login may not ship orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>#%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly packed, scan to resume: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Order #%1 resumed: %2 of %3 packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ %1  %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Packing slip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The packing slip was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order #%1 shipped, tracking %2. Scan the next order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No order open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the order&apos;s barcode (#1042) on its pick list or packing slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order #%1: %2 of %3 packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete. Press Enter or scan the order again to ship it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan each item (SKU or barcode). Another order&apos;s barcode opens that order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ProductImportDialog</name>
    <message>
        <location filename="../ui/windows/ProductImportDialog.cpp" line="+25"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln problem(s) in %1 rows; nothing was imported. Correct the file and open it again.</source>
        <translation>
            <numerusform>%Ln problem in %1 rows; nothing was imported. Correct the file and open it again.</numerusform>
            <numerusform>%Ln problems in %1 rows; nothing was imported. Correct the file and open it again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 rows checked: %2 to create, %3 to update, the stock of %4 to set, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported %1 rows: %2 created, %3 updated, the stock of %4 set, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ProductSearchField</name>
    <message>
        <location filename="../ui/views/ProductSearchField.cpp" line="+21"/>
        <source>Add a product by name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a product: type its name or SKU, Return adds it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product: type its name or SKU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Product lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln available</source>
        <translation>
            <numerusform>%Ln available</numerusform>
            <numerusform>%Ln available</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ProductTableModel</name>
    <message>
        <location filename="../ui/models/ProductTableModel.cpp" line="+111"/>
        <source>Out of stock: nothing available (%L1 on hand, %L2 reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low stock: %L1 available, threshold %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>On hand minus what open orders have reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product counts as low on stock when no more than this is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GTIN/EAN printed on the product: 8, 12, 13 or 14 digits, the last one a check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::QuantityDelegate</name>
    <message>
        <location filename="../ui/views/QuantityDelegate.cpp" line="+21"/>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ReplenishDialog</name>
    <message>
        <location filename="../ui/views/ReplenishDialog.cpp" line="+20"/>
        <source>Replenish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2
%3 on hand, %4 reserved, %5 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quantity received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. delivery for purchase order PO-1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replenish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnDialog</name>
    <message>
        <location filename="../ui/views/ReturnDialog.cpp" line="+26"/>
        <source>Return from order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Units of %1 to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why %1 comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required for &quot;other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Open return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnExchangeDialog</name>
    <message>
        <location filename="../ui/views/ReturnExchangeDialog.cpp" line="+27"/>
        <source>Exchange return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2 (%3). Pick the replacement; it goes to the same customer and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replacement lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>Add the products of the replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+1"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add at least one product to the replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The returned units are worth %1; the replacement costs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer pays the difference of %1 on the replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The difference of %1 is owed back on the original order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The difference of %1 lowers what is still due on the original order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No money changes hands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnReceiveDialog</name>
    <message>
        <location filename="../ui/views/ReturnReceiveDialog.cpp" line="+21"/>
        <source>Receive return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units of %1 back on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units of %1 written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What arrived? Units that never arrived are left at 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnRefundDialog</name>
    <message>
        <location filename="../ui/views/ReturnRefundDialog.cpp" line="+25"/>
        <source>Refund return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1 of order #%2: %3 units received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restocking fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none, or an amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Refund the shipping too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restocking fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid by hand: say how the money went back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnTableModel</name>
    <message>
        <location filename="../ui/models/ReturnTableModel.cpp" line="+67"/>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ReturnsView</name>
    <message>
        <location filename="../ui/views/ReturnsView.cpp" line="+41"/>
        <source>Show returns in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show returns with reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show returns opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Older than %n day(s)</source>
        <translation>
            <numerusform>Older than %n day</numerusform>
            <numerusform>Older than %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show returns of any period again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the returns (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+188"/>
        <source>Say what arrived of the selected return: restocked or written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <source>Refund the selected received return and close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+184"/>
        <source>Reject the selected requested return, saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+182"/>
        <source>Send a replacement for the selected return; its value pays for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-168"/>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Opened %1 – %2 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n return</numerusform>
            <numerusform>%n returns</numerusform>
        </translation>
    </message>
    <message>
        <location line="+174"/>
        <source>Reject return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is the return rejected? (for the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::SecretKeyField</name>
    <message>
        <location filename="../ui/views/SecretKeyField.cpp" line="+19"/>
        <location line="+27"/>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Replace the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set by the environment variable %1, which wins over the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain available (no D-Bus session); use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Paste the new %1. It is stored in the system keychain and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shipshape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the %1 from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::SettingsView</name>
    <message>
        <location filename="../ui/views/SettingsView.cpp" line="+50"/>
        <source>%1 is set in the environment and wins over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server (shared by several desktops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PostgreSQL URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open this database the next time Shipshape starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Passwords are never part of the URL: they come from the keychain, PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Payments and email providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stripe base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stripe secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stripe secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page after a payment link is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://your-shop.example/thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where Stripe sends customers after they paid through a payment link. Payment links are available once it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link return page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SendGrid base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SendGrid base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SendGrid API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SendGrid event webhook verification key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public key SendGrid shows for a signed Event Webhook. With it, delivered, bounced and dropped emails are recorded on the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event webhook key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Base URLs must use https; plain http is accepted only for this computer (test servers). Keys are kept in the system keychain and never shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sender of customer emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMS status messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1
%n segment(s), %2, %3 characters</source>
        <translation>
            <numerusform>%1
%n segment, %2, %3 characters</numerusform>
            <numerusform>%1
%n segments, %2, %3 characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Orders, language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The appearance changes when saved; the other changes on this page take effect when Shipshape starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Reservation hold in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Send SMS status messages to customers with a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Twilio account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twilio account SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS sender number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+14155550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio messaging service SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MG… (optional; sends instead of the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Twilio auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Twilio auth token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the stock of an unpaid order stays reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold stock of unpaid orders for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SQLite database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>In use now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>Nothing was saved: %Ln field(s) need attention.</source>
        <translation>
            <numerusform>Nothing was saved: %Ln field needs attention.</numerusform>
            <numerusform>Nothing was saved: %Ln fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved. The appearance has changed; the other changes take effect when Shipshape starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The changes take effect when Shipshape starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shipshape will open %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::ShipDialog</name>
    <message>
        <location filename="../ui/views/ShipDialog.cpp" line="+31"/>
        <source>Ship order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type a SKU or barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count each unit as it is scanned: every count starts at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ship now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No line left to ship on this order has the SKU or barcode &quot;%1&quot;; nothing counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One too many: all %1 units of %2 left to ship are counted already; nothing counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 of %3 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Scan mode: each scan counts one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing chosen to ship yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unit(s) in this parcel.</source>
        <translation>
            <numerusform>%n unit in this parcel.</numerusform>
            <numerusform>%n units in this parcel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one unit to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the parcel&apos;s tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::StockMovementModel</name>
    <message>
        <location filename="../ui/models/StockMovementModel.cpp" line="+89"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::TaxRateModel</name>
    <message>
        <location filename="../ui/models/TaxRateModel.cpp" line="+38"/>
        <source>whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::TaxRatesPanel</name>
    <message>
        <location filename="../ui/views/TaxRatesPanel.cpp" line="+44"/>
        <location line="+6"/>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax name on invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catalogue prices include tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When on, tax is the part of each price that is tax; when off, it is added on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country, region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rates apply at once to new orders and new lines on every desktop; orders already placed keep the rates they were placed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New orders: prices include tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New orders: tax is added on top of prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No tax rates: orders are not taxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Tax rate saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tax rate removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::TimelineDelegate</name>
    <message>
        <location filename="../ui/views/TimelineDelegate.cpp" line="+52"/>
        <source>%1  ·  %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::TimelineModel</name>
    <message>
        <location filename="../ui/models/TimelineModel.cpp" line="+28"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept as credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tracking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, tracking %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>price of %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tax rate of %1: %2 % → %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>discounts: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shipping: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 by %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::UnshippedLineModel</name>
    <message>
        <location filename="../ui/models/UnshippedLineModel.cpp" line="+7"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>0 to %1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left to ship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::WebhookDeliveriesPanel</name>
    <message>
        <location filename="../ui/views/WebhookDeliveriesPanel.cpp" line="+39"/>
        <source>Show webhook deliveries with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the selected failed or waiting webhooks at the next worker round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No webhook deliveries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n delivery(s)</source>
        <translation>
            <numerusform>%n delivery</numerusform>
            <numerusform>%n deliveries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n webhook delivery(s) queued again.</source>
        <translation>
            <numerusform>%n webhook delivery queued again.</numerusform>
            <numerusform>%n webhook deliveries queued again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shipshape::WebhookDeliveryModel</name>
    <message>
        <location filename="../ui/models/WebhookDeliveryModel.cpp" line="+45"/>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::WebhookEndpointModel</name>
    <message>
        <location filename="../ui/models/WebhookEndpointModel.cpp" line="+34"/>
        <source>Added by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::WebhooksPanel</name>
    <message>
        <location filename="../ui/views/WebhooksPanel.cpp" line="+44"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhook endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send test ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing secret of the new endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each event is sent as a signed JSON POST (Shipshape-Signature) with the change that caused it, retried with backoff, and listed with the worker&apos;s other deliveries. A new endpoint&apos;s signing secret is shown once, for its receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No webhook endpoints: events are not sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Endpoint %1 added. Give its receiver this signing secret; it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint %1 added, but its secret is not in the keychain (%2): set %3 for the worker, and give the receiver this signing secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Endpoint %1 removed; %n queued delivery(s) will not be sent.</source>
        <translation>
            <numerusform>Endpoint %1 removed; %n queued delivery will not be sent.</numerusform>
            <numerusform>Endpoint %1 removed; %n queued deliveries will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending a test ping to endpoint %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoint %1 answered HTTP %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoint %1 did not accept the ping after %2 ms: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shipshape::api::ApiServer</name>
    <message>
        <location filename="../app/api/ApiServer.cpp" line="+21"/>
        <source>This Qt has no TLS support (OpenSSL is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No PEM certificate in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No unencrypted PEM RSA or EC private key in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot listen on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The server is shutting down; retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The Stripe webhook is not configured: store its signing secret with &quot;shipshape-cli secrets set stripe-webhook&quot; (or set SHIPSHAPE_STRIPE_WEBHOOK_SECRET) and restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The SendGrid webhook is not configured: set its verification key (the sendgrid/webhookPublicKey setting or SHIPSHAPE_SENDGRID_WEBHOOK_PUBLIC_KEY) and restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Twilio webhook is not configured: store the auth token with &quot;shipshape-cli secrets set twilio&quot; (or set SHIPSHAPE_TWILIO_AUTH_TOKEN) and restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send Authorization: Bearer &lt;token&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Too many requests for this token; retry in %n second(s).</source>
        <translation>
            <numerusform>Too many requests for this token; retry in %n second.</numerusform>
            <numerusform>Too many requests for this token; retry in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
