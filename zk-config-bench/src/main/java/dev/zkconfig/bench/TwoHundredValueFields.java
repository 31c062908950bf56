package dev.zkconfig.bench;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two hundred {@code @Value} fields in four ordinary singletons, {@code valueFields0} to
 * {@code valueFields3}, fifty each; field {@code v<n>} reads its own key
 * {@code values.v<n>}. zk-config updates such a field in place when its key changes; the
 * stock starter never does.
 */
@Configuration(proxyBeanMethods = false)
class TwoHundredValueFields {

	@Bean
	ValueFields0 valueFields0() {
		return new ValueFields0();
	}

	@Bean
	ValueFields1 valueFields1() {
		return new ValueFields1();
	}

	@Bean
	ValueFields2 valueFields2() {
		return new ValueFields2();
	}

	@Bean
	ValueFields3 valueFields3() {
		return new ValueFields3();
	}

	/** Fields {@code v0} to {@code v49}. */
	static class ValueFields0 {

		@Value("${values.v0:none}")
		volatile String v0;

		@Value("${values.v1:none}")
		volatile String v1;

		@Value("${values.v2:none}")
		volatile String v2;

		@Value("${values.v3:none}")
		volatile String v3;

		@Value("${values.v4:none}")
		volatile String v4;

		@Value("${values.v5:none}")
		volatile String v5;

		@Value("${values.v6:none}")
		volatile String v6;

		@Value("${values.v7:none}")
		volatile String v7;

		@Value("${values.v8:none}")
		volatile String v8;

		@Value("${values.v9:none}")
		volatile String v9;

		@Value("${values.v10:none}")
		volatile String v10;

		@Value("${values.v11:none}")
		volatile String v11;

		@Value("${values.v12:none}")
		volatile String v12;

		@Value("${values.v13:none}")
		volatile String v13;

		@Value("${values.v14:none}")
		volatile String v14;

		@Value("${values.v15:none}")
		volatile String v15;

		@Value("${values.v16:none}")
		volatile String v16;

		@Value("${values.v17:none}")
		volatile String v17;

		@Value("${values.v18:none}")
		volatile String v18;

		@Value("${values.v19:none}")
		volatile String v19;

		@Value("${values.v20:none}")
		volatile String v20;

		@Value("${values.v21:none}")
		volatile String v21;

		@Value("${values.v22:none}")
		volatile String v22;

		@Value("${values.v23:none}")
		volatile String v23;

		@Value("${values.v24:none}")
		volatile String v24;

		@Value("${values.v25:none}")
		volatile String v25;

		@Value("${values.v26:none}")
		volatile String v26;

		@Value("${values.v27:none}")
		volatile String v27;

		@Value("${values.v28:none}")
		volatile String v28;

		@Value("${values.v29:none}")
		volatile String v29;

		@Value("${values.v30:none}")
		volatile String v30;

		@Value("${values.v31:none}")
		volatile String v31;

		@Value("${values.v32:none}")
		volatile String v32;

		@Value("${values.v33:none}")
		volatile String v33;

		@Value("${values.v34:none}")
		volatile String v34;

		@Value("${values.v35:none}")
		volatile String v35;

		@Value("${values.v36:none}")
		volatile String v36;

		@Value("${values.v37:none}")
		volatile String v37;

		@Value("${values.v38:none}")
		volatile String v38;

		@Value("${values.v39:none}")
		volatile String v39;

		@Value("${values.v40:none}")
		volatile String v40;

		@Value("${values.v41:none}")
		volatile String v41;

		@Value("${values.v42:none}")
		volatile String v42;

		@Value("${values.v43:none}")
		volatile String v43;

		@Value("${values.v44:none}")
		volatile String v44;

		@Value("${values.v45:none}")
		volatile String v45;

		@Value("${values.v46:none}")
		volatile String v46;

		@Value("${values.v47:none}")
		volatile String v47;

		@Value("${values.v48:none}")
		volatile String v48;

		@Value("${values.v49:none}")
		volatile String v49;

	}

	/** Fields {@code v50} to {@code v99}. */
	static class ValueFields1 {

		@Value("${values.v50:none}")
		volatile String v50;

		@Value("${values.v51:none}")
		volatile String v51;

		@Value("${values.v52:none}")
		volatile String v52;

		@Value("${values.v53:none}")
		volatile String v53;

		@Value("${values.v54:none}")
		volatile String v54;

		@Value("${values.v55:none}")
		volatile String v55;

		@Value("${values.v56:none}")
		volatile String v56;

		@Value("${values.v57:none}")
		volatile String v57;

		@Value("${values.v58:none}")
		volatile String v58;

		@Value("${values.v59:none}")
		volatile String v59;

		@Value("${values.v60:none}")
		volatile String v60;

		@Value("${values.v61:none}")
		volatile String v61;

		@Value("${values.v62:none}")
		volatile String v62;

		@Value("${values.v63:none}")
		volatile String v63;

		@Value("${values.v64:none}")
		volatile String v64;

		@Value("${values.v65:none}")
		volatile String v65;

		@Value("${values.v66:none}")
		volatile String v66;

		@Value("${values.v67:none}")
		volatile String v67;

		@Value("${values.v68:none}")
		volatile String v68;

		@Value("${values.v69:none}")
		volatile String v69;

		@Value("${values.v70:none}")
		volatile String v70;

		@Value("${values.v71:none}")
		volatile String v71;

		@Value("${values.v72:none}")
		volatile String v72;

		@Value("${values.v73:none}")
		volatile String v73;

		@Value("${values.v74:none}")
		volatile String v74;

		@Value("${values.v75:none}")
		volatile String v75;

		@Value("${values.v76:none}")
		volatile String v76;

		@Value("${values.v77:none}")
		volatile String v77;

		@Value("${values.v78:none}")
		volatile String v78;

		@Value("${values.v79:none}")
		volatile String v79;

		@Value("${values.v80:none}")
		volatile String v80;

		@Value("${values.v81:none}")
		volatile String v81;

		@Value("${values.v82:none}")
		volatile String v82;

		@Value("${values.v83:none}")
		volatile String v83;

		@Value("${values.v84:none}")
		volatile String v84;

		@Value("${values.v85:none}")
		volatile String v85;

		@Value("${values.v86:none}")
		volatile String v86;

		@Value("${values.v87:none}")
		volatile String v87;

		@Value("${values.v88:none}")
		volatile String v88;

		@Value("${values.v89:none}")
		volatile String v89;

		@Value("${values.v90:none}")
		volatile String v90;

		@Value("${values.v91:none}")
		volatile String v91;

		@Value("${values.v92:none}")
		volatile String v92;

		@Value("${values.v93:none}")
		volatile String v93;

		@Value("${values.v94:none}")
		volatile String v94;

		@Value("${values.v95:none}")
		volatile String v95;

		@Value("${values.v96:none}")
		volatile String v96;

		@Value("${values.v97:none}")
		volatile String v97;

		@Value("${values.v98:none}")
		volatile String v98;

		@Value("${values.v99:none}")
		volatile String v99;

	}

	/** Fields {@code v100} to {@code v149}. */
	static class ValueFields2 {

		@Value("${values.v100:none}")
		volatile String v100;

		@Value("${values.v101:none}")
		volatile String v101;

		@Value("${values.v102:none}")
		volatile String v102;

		@Value("${values.v103:none}")
		volatile String v103;

		@Value("${values.v104:none}")
		volatile String v104;

		@Value("${values.v105:none}")
		volatile String v105;

		@Value("${values.v106:none}")
		volatile String v106;

		@Value("${values.v107:none}")
		volatile String v107;

		@Value("${values.v108:none}")
		volatile String v108;

		@Value("${values.v109:none}")
		volatile String v109;

		@Value("${values.v110:none}")
		volatile String v110;

		@Value("${values.v111:none}")
		volatile String v111;

		@Value("${values.v112:none}")
		volatile String v112;

		@Value("${values.v113:none}")
		volatile String v113;

		@Value("${values.v114:none}")
		volatile String v114;

		@Value("${values.v115:none}")
		volatile String v115;

		@Value("${values.v116:none}")
		volatile String v116;

		@Value("${values.v117:none}")
		volatile String v117;

		@Value("${values.v118:none}")
		volatile String v118;

		@Value("${values.v119:none}")
		volatile String v119;

		@Value("${values.v120:none}")
		volatile String v120;

		@Value("${values.v121:none}")
		volatile String v121;

		@Value("${values.v122:none}")
		volatile String v122;

		@Value("${values.v123:none}")
		volatile String v123;

		@Value("${values.v124:none}")
		volatile String v124;

		@Value("${values.v125:none}")
		volatile String v125;

		@Value("${values.v126:none}")
		volatile String v126;

		@Value("${values.v127:none}")
		volatile String v127;

		@Value("${values.v128:none}")
		volatile String v128;

		@Value("${values.v129:none}")
		volatile String v129;

		@Value("${values.v130:none}")
		volatile String v130;

		@Value("${values.v131:none}")
		volatile String v131;

		@Value("${values.v132:none}")
		volatile String v132;

		@Value("${values.v133:none}")
		volatile String v133;

		@Value("${values.v134:none}")
		volatile String v134;

		@Value("${values.v135:none}")
		volatile String v135;

		@Value("${values.v136:none}")
		volatile String v136;

		@Value("${values.v137:none}")
		volatile String v137;

		@Value("${values.v138:none}")
		volatile String v138;

		@Value("${values.v139:none}")
		volatile String v139;

		@Value("${values.v140:none}")
		volatile String v140;

		@Value("${values.v141:none}")
		volatile String v141;

		@Value("${values.v142:none}")
		volatile String v142;

		@Value("${values.v143:none}")
		volatile String v143;

		@Value("${values.v144:none}")
		volatile String v144;

		@Value("${values.v145:none}")
		volatile String v145;

		@Value("${values.v146:none}")
		volatile String v146;

		@Value("${values.v147:none}")
		volatile String v147;

		@Value("${values.v148:none}")
		volatile String v148;

		@Value("${values.v149:none}")
		volatile String v149;

	}

	/** Fields {@code v150} to {@code v199}. */
	static class ValueFields3 {

		@Value("${values.v150:none}")
		volatile String v150;

		@Value("${values.v151:none}")
		volatile String v151;

		@Value("${values.v152:none}")
		volatile String v152;

		@Value("${values.v153:none}")
		volatile String v153;

		@Value("${values.v154:none}")
		volatile String v154;

		@Value("${values.v155:none}")
		volatile String v155;

		@Value("${values.v156:none}")
		volatile String v156;

		@Value("${values.v157:none}")
		volatile String v157;

		@Value("${values.v158:none}")
		volatile String v158;

		@Value("${values.v159:none}")
		volatile String v159;

		@Value("${values.v160:none}")
		volatile String v160;

		@Value("${values.v161:none}")
		volatile String v161;

		@Value("${values.v162:none}")
		volatile String v162;

		@Value("${values.v163:none}")
		volatile String v163;

		@Value("${values.v164:none}")
		volatile String v164;

		@Value("${values.v165:none}")
		volatile String v165;

		@Value("${values.v166:none}")
		volatile String v166;

		@Value("${values.v167:none}")
		volatile String v167;

		@Value("${values.v168:none}")
		volatile String v168;

		@Value("${values.v169:none}")
		volatile String v169;

		@Value("${values.v170:none}")
		volatile String v170;

		@Value("${values.v171:none}")
		volatile String v171;

		@Value("${values.v172:none}")
		volatile String v172;

		@Value("${values.v173:none}")
		volatile String v173;

		@Value("${values.v174:none}")
		volatile String v174;

		@Value("${values.v175:none}")
		volatile String v175;

		@Value("${values.v176:none}")
		volatile String v176;

		@Value("${values.v177:none}")
		volatile String v177;

		@Value("${values.v178:none}")
		volatile String v178;

		@Value("${values.v179:none}")
		volatile String v179;

		@Value("${values.v180:none}")
		volatile String v180;

		@Value("${values.v181:none}")
		volatile String v181;

		@Value("${values.v182:none}")
		volatile String v182;

		@Value("${values.v183:none}")
		volatile String v183;

		@Value("${values.v184:none}")
		volatile String v184;

		@Value("${values.v185:none}")
		volatile String v185;

		@Value("${values.v186:none}")
		volatile String v186;

		@Value("${values.v187:none}")
		volatile String v187;

		@Value("${values.v188:none}")
		volatile String v188;

		@Value("${values.v189:none}")
		volatile String v189;

		@Value("${values.v190:none}")
		volatile String v190;

		@Value("${values.v191:none}")
		volatile String v191;

		@Value("${values.v192:none}")
		volatile String v192;

		@Value("${values.v193:none}")
		volatile String v193;

		@Value("${values.v194:none}")
		volatile String v194;

		@Value("${values.v195:none}")
		volatile String v195;

		@Value("${values.v196:none}")
		volatile String v196;

		@Value("${values.v197:none}")
		volatile String v197;

		@Value("${values.v198:none}")
		volatile String v198;

		@Value("${values.v199:none}")
		volatile String v199;

	}

}
