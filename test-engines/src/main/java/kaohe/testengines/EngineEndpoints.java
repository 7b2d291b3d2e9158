package kaohe.testengines;

/** Where the engines of this test JVM listen, whichever way they were started. */
public interface EngineEndpoints {

    String jdbcUrl(String database);

    String postgresUser();

    String postgresPassword();

    String kafkaBootstrap();

    String s3Endpoint();

    String s3AccessKey();

    String s3SecretKey();

    String bucket();

    String smtpHost();

    int smtpPort();

    /** The mail server's web API: {@code /api/user/<address>/messages/INBOX} lists what an address received. */
    String mailWeb();
}
