package org.imapharness.core.scenario.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imapharness.core.scenario.match.Value.Group;
import org.imapharness.core.scenario.match.Value.Nil;
import org.imapharness.core.scenario.match.Value.Num;
import org.imapharness.core.scenario.match.Value.Shape;
import org.imapharness.core.scenario.match.Value.Tail;
import org.imapharness.core.scenario.match.Value.Text;
import org.imapharness.core.scenario.match.Value.Word;
import org.imapharness.protocol.model.SequenceSet;
import org.imapharness.protocol.model.StatusItem;
import org.imapharness.protocol.response.ContinuationRequest;
import org.imapharness.protocol.response.ListExtendedItem;
import org.imapharness.protocol.response.MalformedResponse;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.TaggedExtValue;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * Turns parsed responses into {@link Value}s, item by item as they stand on the wire after the
 * {@code *} (RFC 3501 §7), so that patterns written in IMAP's own syntax can be matched against
 * them. The human-readable text of status responses is left out: it is never matched.
 */
public final class ResponseTree {
    private ResponseTree() {
    }

    /** The items of an untagged response after {@code *}; for a status response, the condition only. */
    public static List<Value> untagged(UntaggedResponse r) {
        List<Value> v = new ArrayList<>();
        if (r instanceof UntaggedResponse.Status s) {
            v.add(word(s.status().name()));
        } else if (r instanceof UntaggedResponse.Capability c) {
            v.add(word("CAPABILITY"));
            v.add(new Tail(Shape.SET, words(c.capabilities())));
        } else if (r instanceof UntaggedResponse.ListItem l) {
            v.add(word(l.kind().name()));
            v.add(new Group(Shape.SET, words(l.attributes())));
            v.add(l.delimiter() == null ? new Nil() : new Text(String.valueOf(l.delimiter()), false));
            v.add(mailbox(l.mailbox()));
            if (!l.extended().isEmpty()) {
                v.add(listExtended(l.extended()));
            }
        } else if (r instanceof UntaggedResponse.StatusData s) {
            v.add(word("STATUS"));
            v.add(mailbox(s.mailbox()));
            List<Value> pairs = new ArrayList<>();
            for (Map.Entry<StatusItem, Long> e : s.items().entrySet()) {
                pairs.add(word(e.getKey().wire()));
                pairs.add(new Num(e.getValue()));
            }
            v.add(new Group(Shape.PAIRS, pairs));
        } else if (r instanceof UntaggedResponse.Search s) {
            v.add(word("SEARCH"));
            List<Value> numbers = new ArrayList<>();
            s.numbers().forEach(n -> numbers.add(new Num(n)));
            if (s.modSeq() != null) {
                numbers.add(new Group(Shape.LIST, List.of(word("MODSEQ"), new Num(s.modSeq()))));
            }
            v.add(new Tail(Shape.SET, numbers));
        } else if (r instanceof UntaggedResponse.Esearch e) {
            esearch(e, v);
        } else if (r instanceof UntaggedResponse.Flags f) {
            v.add(word("FLAGS"));
            v.add(new Group(Shape.SET, words(f.flags())));
        } else if (r instanceof UntaggedResponse.Exists e) {
            v.add(new Num(e.count()));
            v.add(word("EXISTS"));
        } else if (r instanceof UntaggedResponse.Recent e) {
            v.add(new Num(e.count()));
            v.add(word("RECENT"));
        } else if (r instanceof UntaggedResponse.Expunge e) {
            v.add(new Num(e.sequenceNumber()));
            v.add(word("EXPUNGE"));
        } else if (r instanceof UntaggedResponse.Fetch f) {
            v.add(new Num(f.sequenceNumber()));
            v.add(word("FETCH"));
            v.add(FetchTree.attributes(f.attributes()));
        } else if (r instanceof UntaggedResponse.Enabled e) {
            v.add(word("ENABLED"));
            v.add(new Tail(Shape.SET, words(e.capabilities())));
        } else if (r instanceof UntaggedResponse.Namespace n) {
            v.add(word("NAMESPACE"));
            v.add(namespaces(n.personal()));
            v.add(namespaces(n.otherUsers()));
            v.add(namespaces(n.shared()));
        } else if (r instanceof UntaggedResponse.Id id) {
            v.add(word("ID"));
            v.add(id(id.parameters()));
        } else if (r instanceof UntaggedResponse.Vanished x) {
            v.add(word("VANISHED"));
            if (x.earlier()) {
                v.add(new Group(Shape.LIST, List.of(word("EARLIER"))));
            }
            v.add(new Value.Numbers(x.uids()));
        }
        return v;
    }

    /** The items between the brackets of a response code, e.g. {@code UIDNEXT 5}. */
    public static List<Value> code(ResponseCode code) {
        return CodeTree.items(code);
    }

    /** A response as IMAP text, human text included, for messages. */
    public static String render(Response r) {
        if (r instanceof TaggedResponse t) {
            return t.tag() + " " + t.status() + codeText(t.code()) + text(t.text());
        }
        if (r instanceof UntaggedResponse.Status s) {
            return "* " + s.status() + codeText(s.code()) + text(s.text());
        }
        if (r instanceof UntaggedResponse u) {
            return "* " + Value.join(untagged(u));
        }
        if (r instanceof ContinuationRequest c) {
            return "+" + codeText(c.code()) + text(c.text());
        }
        MalformedResponse m = (MalformedResponse) r;
        return "(malformed) " + m.raw();
    }

    private static String codeText(ResponseCode code) {
        return code == null ? "" : " [" + Value.join(code(code)) + "]";
    }

    private static String text(String text) {
        return text.isEmpty() ? "" : " " + text;
    }

    private static void esearch(UntaggedResponse.Esearch e, List<Value> v) {
        v.add(word("ESEARCH"));
        if (e.tag() != null) {
            v.add(new Group(Shape.LIST, List.of(word("TAG"), new Text(e.tag(), false))));
        }
        if (e.uid()) {
            v.add(word("UID"));
        }
        List<Value> pairs = new ArrayList<>();
        if (e.min() != null) {
            pairs.add(word("MIN"));
            pairs.add(new Num(e.min()));
        }
        if (e.max() != null) {
            pairs.add(word("MAX"));
            pairs.add(new Num(e.max()));
        }
        if (e.all() != null) {
            pairs.add(word("ALL"));
            pairs.add(new Value.Numbers(e.all()));
        }
        if (e.count() != null) {
            pairs.add(word("COUNT"));
            pairs.add(new Num(e.count()));
        }
        if (e.modSeq() != null) {
            pairs.add(word("MODSEQ"));
            pairs.add(new Num(e.modSeq()));
        }
        v.add(new Tail(Shape.PAIRS, pairs));
    }

    /**
     * RFC 5258 §6 extended data as name/value pairs (tags are unique, their order free); the
     * selection options of CHILDINFO (§3.5) are a set.
     */
    private static Value listExtended(List<ListExtendedItem> items) {
        List<Value> pairs = new ArrayList<>();
        for (ListExtendedItem item : items) {
            pairs.add(word(item.tag()));
            boolean childInfo = item.tag().equalsIgnoreCase(ListExtendedItem.CHILDINFO);
            pairs.add(taggedExtVal(item.value(), childInfo ? Shape.SET : Shape.LIST));
        }
        return new Group(Shape.PAIRS, pairs);
    }

    private static Value taggedExtVal(TaggedExtValue value, Shape shape) {
        if (value instanceof TaggedExtValue.Simple s) {
            return s.text().chars().allMatch(Character::isDigit) ? new Num(Long.parseLong(s.text()))
                    : new Value.Numbers(SequenceSet.parse(s.text()));
        }
        if (value instanceof TaggedExtValue.Text t) {
            return new Text(t.value(), false);
        }
        List<Value> out = new ArrayList<>();
        ((TaggedExtValue.Group) value).items().forEach(i -> out.add(taggedExtVal(i, Shape.LIST)));
        return new Group(shape, out);
    }

    private static Value namespaces(List<UntaggedResponse.NamespaceDescriptor> list) {
        if (list == null) {
            return new Nil();
        }
        List<Value> out = new ArrayList<>();
        for (UntaggedResponse.NamespaceDescriptor d : list) {
            List<Value> items = new ArrayList<>();
            items.add(new Text(d.prefix(), true));
            items.add(d.delimiter() == null ? new Nil() : new Text(String.valueOf(d.delimiter()), false));
            for (Map.Entry<String, List<String>> e : d.extensions().entrySet()) {
                items.add(new Text(e.getKey(), false));
                List<Value> values = new ArrayList<>();
                e.getValue().forEach(s -> values.add(new Text(s, false)));
                items.add(new Group(Shape.LIST, values));
            }
            out.add(new Group(Shape.LIST, items));
        }
        return new Group(Shape.LIST, out);
    }

    private static Value id(Map<String, String> parameters) {
        if (parameters == null) {
            return new Nil();
        }
        List<Value> pairs = new ArrayList<>();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            pairs.add(word(e.getKey()));
            pairs.add(e.getValue() == null ? new Nil() : new Text(e.getValue(), false));
        }
        return new Group(Shape.PAIRS, pairs);
    }

    static Word word(String s) {
        return new Word(s);
    }

    static List<Value> words(List<String> list) {
        List<Value> out = new ArrayList<>(list.size());
        list.forEach(s -> out.add(new Word(s)));
        return out;
    }

    static Text mailbox(String name) {
        return new Text(name, true);
    }
}
