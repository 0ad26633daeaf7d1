// The person of the no-hukou registration tests: 王小川, born 2015 outside marriage and never registered
// (无户口人员登记). The clerk's view of the facts (a unit test) and the registration's whole path (an integration
// test) start from this one person.

/** What the resident tells the wizard's `person` section about her, with where she is to be registered. */
export function noHukouChild(placement: Record<string, string>) {
  return {
    name: "王小川",
    sex: "FEMALE",
    birthDate: "2015-03-08",
    relation: "CHILD",
    situation: "non_marital_birth",
    story: "非婚生育，一直未办理出生登记。",
    address: "北湖区燕泉路 3 号",
    ...placement,
  };
}
