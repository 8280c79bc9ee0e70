<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ShardDesk::ApplyDialog</name>
    <message numerus="yes">
        <source>These %n change(s) will be written to %1 in one transaction:</source>
        <translation>
            <numerusform>These %n change will be written to %1 in one transaction:</numerusform>
            <numerusform>These %n changes will be written to %1 in one transaction:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ApplyFlow</name>
    <message numerus="yes">
        <source>The configuration has %n error(s); fix them before applying.</source>
        <translation>
            <numerusform>The configuration has %n error; fix it before applying.</numerusform>
            <numerusform>The configuration has %n errors; fix them before applying.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ExportCommand</name>
    <message numerus="yes">
        <source>Exported version %1 (%n shard(s)) to %2.</source>
        <translation>
            <numerusform>Exported version %1 (%n shard) to %2.</numerusform>
            <numerusform>Exported version %1 (%n shards) to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ImportCommand</name>
    <message numerus="yes">
        <source>Imported %1 (%n shard(s)) as version %2.</source>
        <translation>
            <numerusform>Imported %1 (%n shard) as version %2.</numerusform>
            <numerusform>Imported %1 (%n shards) as version %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ImportPyShardsCommand</name>
    <message numerus="yes">
        <source>warning: the passwords of %n shard(s) were left in the pyshards shardconf (they differ from the stored secrets).</source>
        <translation>
            <numerusform>warning: the password of %n shard was left in the pyshards shardconf (it differs from the stored secret).</numerusform>
            <numerusform>warning: the passwords of %n shards were left in the pyshards shardconf (they differ from the stored secrets).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::LoadTestCommand</name>
    <message numerus="yes">
        <source>%1 users acknowledged, %2 failed, %3 unknown in %4 s: %5 users/s (mode %6, %n thread(s)).</source>
        <translation>
            <numerusform>%1 users acknowledged, %2 failed, %3 unknown in %4 s: %5 users/s (mode %6, %n thread).</numerusform>
            <numerusform>%1 users acknowledged, %2 failed, %3 unknown in %4 s: %5 users/s (mode %6, %n threads).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::MoveCommand</name>
    <message numerus="yes">
        <source>Moved %n vshard(s): %1 row(s) copied and %2 deleted from the source in %3 s.</source>
        <translation>
            <numerusform>Moved %n vshard: %1 row(s) copied and %2 deleted from the source in %3 s.</numerusform>
            <numerusform>Moved %n vshards: %1 row(s) copied and %2 deleted from the source in %3 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n vshard(s) to move.</source>
        <translation>
            <numerusform>Plan: %n vshard to move.</numerusform>
            <numerusform>Plan: %n vshards to move.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolled back %n vshard(s); %1 row(s) deleted from the targets.</source>
        <translation>
            <numerusform>Rolled back %n vshard; %1 row(s) deleted from the targets.</numerusform>
            <numerusform>Rolled back %n vshards; %1 row(s) deleted from the targets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ShardCommand</name>
    <message numerus="yes">
        <source>Shard %1 still has %n vshard(s) mapped to it; assign them to another shard first (sharddesk-cli vshards assign ... --to ID).</source>
        <translation>
            <numerusform>Shard %1 still has %n vshard mapped to it; assign it to another shard first (sharddesk-cli vshards assign ... --to ID).</numerusform>
            <numerusform>Shard %1 still has %n vshards mapped to it; assign them to another shard first (sharddesk-cli vshards assign ... --to ID).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Cli::ValidateCommand</name>
    <message numerus="yes">
        <source>The topology is valid: %n shard(s), </source>
        <translation>
            <numerusform>The topology is valid: %n shard, </numerusform>
            <numerusform>The topology is valid: %n shards, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s).</source>
        <translation>
            <numerusform>%n vshard.</numerusform>
            <numerusform>%n vshards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ClusterTools</name>
    <message numerus="yes">
        <source>Monitoring %n server(s)</source>
        <translation>
            <numerusform>Monitoring %n server</numerusform>
            <numerusform>Monitoring %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s), none reachable</source>
        <translation>
            <numerusform>Monitoring %n server, none reachable</numerusform>
            <numerusform>Monitoring %n servers, none reachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %n unreachable</source>
        <translation>
            <numerusform>Monitoring %1 servers, %n unreachable</numerusform>
            <numerusform>Monitoring %1 servers, %n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %n server(s), no password set for any (Edit → Set Password…)</source>
        <translation>
            <numerusform>Monitoring %n server, no password set for it (Edit → Set Password…)</numerusform>
            <numerusform>Monitoring %n servers, no password set for any (Edit → Set Password…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %2 unreachable, %n without a password</source>
        <translation>
            <numerusform>Monitoring %1 servers, %2 unreachable, %n without a password</numerusform>
            <numerusform>Monitoring %1 servers, %2 unreachable, %n without a password</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monitoring %1 servers, %n without a password</source>
        <translation>
            <numerusform>Monitoring %1 servers, %n without a password</numerusform>
            <numerusform>Monitoring %1 servers, %n without a password</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigStore</name>
    <message numerus="yes">
        <source>The configuration was not written because it has %n problem(s):
%1</source>
        <translation>
            <numerusform>The configuration was not written because it has %n problem:
%1</numerusform>
            <numerusform>The configuration was not written because it has %n problems:
%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ConfigWriter</name>
    <message numerus="yes">
        <source>%n vshard range(s) are missing</source>
        <translation>
            <numerusform>%n vshard range is missing</numerusform>
            <numerusform>%n vshard ranges are missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::JsonTransfer</name>
    <message numerus="yes">
        <source>Replace the whole configuration in %1 with %2 (%n shard(s))?</source>
        <translation>
            <numerusform>Replace the whole configuration in %1 with %2 (%n shard)?</numerusform>
            <numerusform>Replace the whole configuration in %1 with %2 (%n shards)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::KeychainCredentialStore</name>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::LoadTestReport</name>
    <message numerus="yes">
        <source>%1 users acknowledged, %2 failed, %3 unknown in %4 s (%5 users/s); mode %6, %n thread(s), seed %7.</source>
        <translation>
            <numerusform>%1 users acknowledged, %2 failed, %3 unknown in %4 s (%5 users/s); mode %6, %n thread, seed %7.</numerusform>
            <numerusform>%1 users acknowledged, %2 failed, %3 unknown in %4 s (%5 users/s); mode %6, %n threads, seed %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::MainWindow</name>
    <message numerus="yes">
        <source>Loaded %n shard(s).</source>
        <translation>
            <numerusform>Loaded %n shard.</numerusform>
            <numerusform>Loaded %n shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded, with %n problem(s) in the configuration.</source>
        <translation>
            <numerusform>Loaded, with %n problem in the configuration.</numerusform>
            <numerusform>Loaded, with %n problems in the configuration.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::MoveDialog</name>
    <message numerus="yes">
        <source>%n vshard(s) to move.</source>
        <translation>
            <numerusform>%n vshard to move.</numerusform>
            <numerusform>%n vshards to move.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Warning: %n bucket(s) would be over capacity (in red).</source>
        <translation>
            <numerusform>%1 Warning: %n bucket would be over capacity (in red).</numerusform>
            <numerusform>%1 Warning: %n buckets would be over capacity (in red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolled back: %n vshard(s) stay where they were; %1 copied rows deleted from the target.</source>
        <translation>
            <numerusform>Rolled back: %n vshard stays where it was; %1 copied rows deleted from the target.</numerusform>
            <numerusform>Rolled back: %n vshards stay where they were; %1 copied rows deleted from the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n vshard(s) in %1 s: %2 rows copied, %3 rows deleted from the old shards.</source>
        <translation>
            <numerusform>Moved %n vshard in %1 s: %2 rows copied, %3 rows deleted from the old shards.</numerusform>
            <numerusform>Moved %n vshards in %1 s: %2 rows copied, %3 rows deleted from the old shards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Cancelled: %n vshard(s) were not started and stay where they were.</source>
        <translation>
            <numerusform>%1 Cancelled: %n vshard was not started and stays where it was.</numerusform>
            <numerusform>%1 Cancelled: %n vshards were not started and stay where they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::MoveJournal</name>
    <message numerus="yes">
        <source>An earlier move of %n vshard(s) is unfinished: resume it first.</source>
        <translation>
            <numerusform>An earlier move of %n vshard is unfinished: resume it first.</numerusform>
            <numerusform>An earlier move of %n vshards is unfinished: resume it first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::PasswordDialog</name>
    <message numerus="yes">
        <source>&amp;Use it for %1 on the %n other server(s) of this configuration too</source>
        <translation>
            <numerusform>&amp;Use it for %1 on the other server of this configuration too</numerusform>
            <numerusform>&amp;Use it for %1 on the %n other servers of this configuration too</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Poller</name>
    <message numerus="yes">
        <source>%1 Next attempt in %n second(s).</source>
        <translation>
            <numerusform>%1 Next attempt in %n second.</numerusform>
            <numerusform>%1 Next attempt in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Provisioner</name>
    <message numerus="yes">
        <source>Cancelled after %n statement(s).</source>
        <translation>
            <numerusform>Cancelled after %n statement.</numerusform>
            <numerusform>Cancelled after %n statements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::PyShardsImporter</name>
    <message numerus="yes">
        <source>%n vshard(s) pointed to shard %1, an overflow shard; they now point to the head of its bucket, shard %2.</source>
        <translation>
            <numerusform>%n vshard pointed to shard %1, an overflow shard; it now points to the head of its bucket, shard %2.</numerusform>
            <numerusform>%n vshards pointed to shard %1, an overflow shard; they now point to the head of its bucket, shard %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to no shard; they are unmapped.</source>
        <translation>
            <numerusform>%n vshard pointed to no shard; it is unmapped.</numerusform>
            <numerusform>%n vshards pointed to no shard; they are unmapped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) pointed to shard %1, which does not exist or is in a broken bucket; they are unmapped.</source>
        <translation>
            <numerusform>%n vshard pointed to shard %1, which does not exist or is in a broken bucket; it is unmapped.</numerusform>
            <numerusform>%n vshards pointed to shard %1, which does not exist or is in a broken bucket; they are unmapped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::RemoveShardCommand</name>
    <message numerus="yes">
        <source>Shard %1 cannot be removed: %n vshard(s) are mapped to it. Assign them to another bucket first.</source>
        <translation>
            <numerusform>Shard %1 cannot be removed: %n vshard is mapped to it. Assign it to another bucket first.</numerusform>
            <numerusform>Shard %1 cannot be removed: %n vshards are mapped to it. Assign them to another bucket first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::RowLookupPanel</name>
    <message numerus="yes">
        <source>Found %n row(s) in the key&apos;s bucket.</source>
        <translation>
            <numerusform>Found %n row in the key&apos;s bucket.</numerusform>
            <numerusform>Found %n rows in the key&apos;s bucket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::SecretBox</name>
    <message numerus="yes">
        <source>A key for sealed secrets must be %n byte(s) long.</source>
        <translation>
            <numerusform>A key for sealed secrets must be %n byte long.</numerusform>
            <numerusform>A key for sealed secrets must be %n bytes long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::ShardEditActions</name>
    <message numerus="yes">
        <source>Set the credential of %n shard(s)</source>
        <translation>
            <numerusform>Set the credential of %n shard</numerusform>
            <numerusform>Set the credential of %n shards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password for %n login(s) is kept in: %1.</source>
        <translation>
            <numerusform>The password for %n login is kept in: %1.</numerusform>
            <numerusform>The password for %n logins is kept in: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Topology</name>
    <message numerus="yes">
        <source>%n vshard(s) cannot cover %1 bucket heads; each bucket needs at least one vshard.</source>
        <translation>
            <numerusform>%n vshard cannot cover %1 bucket heads; each bucket needs at least one vshard.</numerusform>
            <numerusform>%n vshards cannot cover %1 bucket heads; each bucket needs at least one vshard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are not mapped to a bucket head (vshards %1).</source>
        <translation>
            <numerusform>%n vshard is not mapped to a bucket head (vshard %1).</numerusform>
            <numerusform>%n vshards are not mapped to a bucket head (vshards %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are mapped to shard %1, which does not exist (vshards %2).</source>
        <translation>
            <numerusform>%n vshard is mapped to shard %1, which does not exist (vshard %2).</numerusform>
            <numerusform>%n vshards are mapped to shard %1, which does not exist (vshards %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) are mapped to shard %1, which is not a bucket head but an overflow shard of shard %2 (vshards %3).</source>
        <translation>
            <numerusform>%n vshard is mapped to shard %1, which is not a bucket head but an overflow shard of shard %2 (vshard %3).</numerusform>
            <numerusform>%n vshards are mapped to shard %1, which is not a bucket head but an overflow shard of shard %2 (vshards %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::TopologyDiff</name>
    <message numerus="yes">
        <source>Reassign %n vshard(s)</source>
        <translation>
            <numerusform>Reassign %n vshard</numerusform>
            <numerusform>Reassign %n vshards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::VShardMapPanel</name>
    <message numerus="yes">
        <source>%n vshard(s) selected</source>
        <translation>
            <numerusform>%n vshard selected</numerusform>
            <numerusform>%n vshards selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n vshard(s) to shard %1</source>
        <translation>
            <numerusform>Assign %n vshard to shard %1</numerusform>
            <numerusform>Assign %n vshards to shard %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vshard(s) assigned to shard %1.</source>
        <translation>
            <numerusform>%n vshard assigned to shard %1.</numerusform>
            <numerusform>%n vshards assigned to shard %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spread vshards evenly over %n head(s)</source>
        <translation>
            <numerusform>Spread vshards evenly over %n head</numerusform>
            <numerusform>Spread vshards evenly over %n heads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VShards spread evenly over %n bucket head(s).</source>
        <translation>
            <numerusform>VShards spread evenly over %n bucket head.</numerusform>
            <numerusform>VShards spread evenly over %n bucket heads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counting every vshard&apos;s rows on %n shard(s)…</source>
        <translation>
            <numerusform>Counting every vshard&apos;s rows on %n shard…</numerusform>
            <numerusform>Counting every vshard&apos;s rows on %n shards…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured %Ln vshard(s) in %1 s: %2 rows, %3 MB.</source>
        <translation>
            <numerusform>Measured %Ln vshard in %1 s: %2 rows, %3 MB.</numerusform>
            <numerusform>Measured %Ln vshards in %1 s: %2 rows, %3 MB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them hold rows (%L1 rows), which stay on their shard: use Move to move them with their rows.</source>
        <translation>
            <numerusform>%Ln of them holds rows (%L1 rows), which stay on their shard: use Move to move them with their rows.</numerusform>
            <numerusform>%Ln of them hold rows (%L1 rows), which stay on their shard: use Move to move them with their rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected vshards hold rows (%L1 rows).</source>
        <translation>
            <numerusform>%Ln of the selected vshards holds rows (%L1 rows).</numerusform>
            <numerusform>%Ln of the selected vshards hold rows (%L1 rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShardDesk::Verifier</name>
    <message numerus="yes">
        <source>%n user(s) have no comment.</source>
        <translation>
            <numerusform>%n user has no comment.</numerusform>
            <numerusform>%n users have no comment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have a VIRTUAL_SHARD that is not CRC32(key) mod N.</source>
        <translation>
            <numerusform>%n row has a VIRTUAL_SHARD that is not CRC32(key) mod N.</numerusform>
            <numerusform>%n rows have a VIRTUAL_SHARD that is not CRC32(key) mod N.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) live outside the bucket the vshard map names.</source>
        <translation>
            <numerusform>%n row lives outside the bucket the vshard map names.</numerusform>
            <numerusform>%n rows live outside the bucket the vshard map names.</numerusform>
        </translation>
    </message>
</context>
</TS>
