package kaohe.crudpeer.targets;

/** What a revision answers: the row and its new version (also the ETag). */
public record TargetVersion(String id, long version) {
}
