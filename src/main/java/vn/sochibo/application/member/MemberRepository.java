package vn.sochibo.application.member;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.domain.member.Member;

public interface MemberRepository {
    List<Member> findAll();

    Optional<Member> findById(UUID id);

    Optional<UUID> findIdByCardNumber(String cardNumber);

    /** Inserts or replaces the member together with its whole status history. */
    void save(Member member);

    void delete(UUID id);

    int count();
}
