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
}
