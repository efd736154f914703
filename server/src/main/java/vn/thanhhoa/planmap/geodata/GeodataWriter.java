package vn.thanhhoa.planmap.geodata;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.io.WKBWriter;
import vn.thanhhoa.planmap.accuracy.Accuracy;
import vn.thanhhoa.planmap.db.Jdbc;
import vn.thanhhoa.planmap.db.Sql;
import vn.thanhhoa.planmap.text.SearchText;

/**
 * Writes validated geodata into the tables, inside the caller's transaction. The files are the programme's and
 * the schematic places' source; a place that someone edited, created or imported in planmap (it has history) keeps
 * its content and task links whatever the files say, and is only filed in the layer the files name.
 */
final class GeodataWriter {
  private final Connection c;
  private final ObjectMapper mapper;

  GeodataWriter(Connection c, ObjectMapper mapper) {
    this.c = c;
    this.mapper = mapper;
  }

  void write(ProgrammeData programme, LayerData layers) throws SQLException {
    deleteStale(programme, layers);
    writeProgramme(programme);
    writeLayers(layers);
  }

  private void deleteStale(ProgrammeData p, LayerData l) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/delete_stale"))) {
      st.setArray(1, texts(p.tasks(), ProgrammeData.Task::code));
      st.setArray(2, texts(l.features(), LayerData.Feature::id));
      st.setArray(3, texts(l.layers(), LayerData.Layer::id));
      st.setArray(4, texts(p.tasks(), ProgrammeData.Task::code));
      st.setArray(5, texts(p.sections(), ProgrammeData.Section::code));
      st.setArray(6, texts(p.agencies(), ProgrammeData.Agency::id));
      st.execute();
    }
  }

  private void writeProgramme(ProgrammeData p) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/upsert_section"))) {
      int order = 0;
      for (ProgrammeData.Section s : p.sections()) {
        Jdbc.bind(c, st, s.code(), s.titleVi(), s.titleEn(), order++);
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/upsert_agency"))) {
      for (ProgrammeData.Agency a : p.agencies()) {
        String search = SearchText.fold(String.join(" ", a.nameVi(), nz(a.shortVi()), a.nameEn(),
            String.join(" ", a.aliases())));
        Jdbc.bind(c, st, a.id(), a.nameVi(), a.shortVi(), a.nameEn(), a.kind(),
            c.createArrayOf("text", a.aliases().toArray()), search);
        st.addBatch();
      }
      st.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/upsert_task"));
        PreparedStatement link = c.prepareStatement(Sql.named("geodata/insert_task_agency"))) {
      int order = 0;
      for (ProgrammeData.Task t : p.tasks()) {
        Jdbc.bind(c, st, t.code(), t.section(), t.number(), t.content(), t.note(), t.leadText(), t.partnersText(),
            t.product(), t.deadlineText(), t.due() == null ? null : Date.valueOf(t.due()), order++,
            SearchText.fold(t.code() + " " + t.content() + " " + t.leadText() + " " + t.product()));
        st.addBatch();
        for (String a : t.leads()) {
          Jdbc.bind(c, link, t.code(), a, "lead");
          link.addBatch();
        }
        for (String a : t.partners()) {
          Jdbc.bind(c, link, t.code(), a, "partner");
          link.addBatch();
        }
      }
      st.executeBatch();
      link.executeBatch();
    }
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/insert_indicator"))) {
      int order = 0;
      for (ProgrammeData.Indicator i : p.indicators()) {
        Jdbc.bind(c, st, i.id(), i.section(), i.nameVi(), i.nameEn(), i.value(), i.unit(), i.unitEn(), i.year(), i.period(),
            i.sourceText(), order++);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void writeLayers(LayerData l) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/upsert_layer"))) {
      int order = 0;
      for (LayerData.Layer layer : l.layers()) {
        Jdbc.bind(c, st, layer.id(), layer.titleVi(), layer.titleEn(), layer.descriptionVi(), layer.descriptionEn(),
            json(layer.kinds()), order++, layer.group());
        st.addBatch();
      }
      st.executeBatch();
    }
    WKBWriter wkb = new WKBWriter(2);
    try (PreparedStatement st = c.prepareStatement(Sql.named("geodata/upsert_feature"));
        PreparedStatement move = c.prepareStatement(Sql.named("geodata/move_edited_feature"));
        PreparedStatement link = c.prepareStatement(Sql.named("geodata/insert_file_feature_task"))) {
      int order = 0;
      for (LayerData.Feature f : l.features()) {
        Accuracy a = f.structuredAccuracy();
        Jdbc.bind(c, st, f.id(), f.layerId(), f.name(), f.nameEn(), f.kind(), f.accuracy(), f.accuracyVi(),
            a.accuracyClass().id(), a.metres(), a.source(), a.sourceEn(), f.sourceText(), json(f.properties()),
            wkb.write(f.geometry()), SearchText.fold(f.name() + " " + f.nameEn()), order);
        st.addBatch();
        Jdbc.bind(c, move, f.layerId(), order++, f.id());
        move.addBatch();
        for (String code : f.tasks()) {
          Jdbc.bind(c, link, f.id(), code, f.id());
          link.addBatch();
        }
      }
      st.executeBatch();
      move.executeBatch();
      link.executeBatch();
    }
  }

  private String json(Object node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("serializing " + node, e);
    }
  }

  private <T> java.sql.Array texts(List<T> items, Function<T, String> id) throws SQLException {
    return c.createArrayOf("text", items.stream().map(id).toArray());
  }


  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
