package vn.sochibo.domain.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's pledge for a year (cam kết tu dưỡng, rèn luyện; đăng ký nêu gương; đăng ký làm theo Bác): its items in
 * the order the member wrote them. A draft until {@code registeredOn} is set (the day it was registered).
 * Follow-ups are separate records ({@link PledgeFollowUp}): saving a pledge never touches them.
 */
public record Pledge(UUID id, UUID memberId, int year, LocalDate registeredOn, List<PledgeItem> items) {
    public Pledge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        items = List.copyOf(items);
    }

    public PledgeStatus status() {
        return registeredOn == null ? PledgeStatus.DRAFT : PledgeStatus.REGISTERED;
    }

    public boolean isRegistered() {
        return registeredOn != null;
    }

    public Optional<PledgeItem> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Pledge withItems(List<PledgeItem> newItems) {
        return new Pledge(id, memberId, year, registeredOn, newItems);
    }

    public Pledge withRegisteredOn(LocalDate day) {
        return new Pledge(id, memberId, year, day, items);
    }

    public Pledge cleaned() {
        return withItems(items.stream().map(PledgeItem::cleaned).toList());
    }
}
