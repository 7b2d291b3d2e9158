package kaohe.supervision.directory;

/** Someone a reminder can reach: an account of the identity context, with its department and phone. */
public record Person(String userId, String name, String department, String phone) {
}
